package de.netzwerkiq.directory.indexer.gazetteer;

import java.util.List;
import java.util.Objects;

import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;

/**
 * A German postal code with a representative point of its area.
 *
 * @param code five digits, e.g. "10115"
 * @param state the federal state the point lies in (a few codes cross a state border)
 * @param location a point in or near the code's area, good for "near this postal code"
 * @param places the place names of the code, its main place first
 */
public record PostalCodeArea(String code, FederalState state, GeoLocation location, List<String> places) {

	public PostalCodeArea {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(location, "location");
		places = List.copyOf(places);
	}

	/** The code's main place, e.g. "Bremerhaven" for 27568. */
	public String mainPlace() {
		return this.places.isEmpty() ? "" : this.places.get(0);
	}

}
