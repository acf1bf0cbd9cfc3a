package de.netzwerkiq.directory.indexer.sample;

import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;

/**
 * A real German place the sample content puts its fictional offices and venues in.
 *
 * @param city the place's name
 * @param postalCode one of its postal codes
 * @param state its federal state
 * @param point its centre
 * @param population inhabitants, to weight how often it is chosen
 */
record SamplePlace(String city, String postalCode, FederalState state, GeoLocation point, long population) {

}
