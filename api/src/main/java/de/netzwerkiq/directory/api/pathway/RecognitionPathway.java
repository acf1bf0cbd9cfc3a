package de.netzwerkiq.directory.api.pathway;

import de.netzwerkiq.directory.api.geo.NearInput;
import de.netzwerkiq.directory.api.geo.SearchOrigin;
import de.netzwerkiq.directory.api.occupations.OccupationMatch;

/**
 * The root of a recognition pathway; its parts are searched when selected.
 *
 * @param match the occupation asked about and how it was named
 * @param near where the person is, as given; null for anywhere
 * @param origin that place, resolved; null for anywhere
 * @param language the language asked for; null for none
 */
public record RecognitionPathway(OccupationMatch match, NearInput near, SearchOrigin origin, String language) {

}
