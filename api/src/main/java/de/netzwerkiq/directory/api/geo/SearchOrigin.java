package de.netzwerkiq.directory.api.geo;

import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;

/**
 * The point a geo search measured from, and what it was found as.
 *
 * @param location the point
 * @param name the place or postal code's main place; null for a point
 * @param postalCode the postal code searched for, if any
 * @param federalState the state of the place or postal code; null for a point
 */
public record SearchOrigin(GeoLocation location, String name, String postalCode, FederalState federalState) {

}
