package de.netzwerkiq.directory.api.search;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.Site;

/**
 * An advice centre and how far its nearest office is from the point searched from.
 *
 * @param distanceMeters great-circle distance in metres, rounded, to the nearest office
 * @param nearestOffice the office that distance is measured to
 * @param adviceCentre the centre
 */
public record NearbyAdviceCentre(long distanceMeters, Site nearestOffice, AdviceCentre adviceCentre) {

}
