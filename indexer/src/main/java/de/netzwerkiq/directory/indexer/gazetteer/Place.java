package de.netzwerkiq.directory.indexer.gazetteer;

import java.util.List;
import java.util.Objects;

import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;

/**
 * A German place from GeoNames: a town, a village or a city district.
 *
 * @param name the German display name, e.g. "München"
 * @param state the federal state
 * @param location the place's point
 * @param population inhabitants as GeoNames has them, 0 where it has none
 * @param aliases other names the place answers to, e.g. "Munich"
 */
public record Place(String name, FederalState state, GeoLocation location, int population, List<String> aliases) {

	public Place {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(location, "location");
		aliases = List.copyOf(aliases);
	}

}
