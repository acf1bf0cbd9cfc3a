package de.netzwerkiq.directory.api.search;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;

/**
 * An advice centre and how far it is from the point searched from.
 *
 * @param distanceMeters great-circle distance in metres, rounded
 * @param adviceCentre the centre
 */
public record NearbyAdviceCentre(long distanceMeters, AdviceCentre adviceCentre) {

}
