package de.netzwerkiq.directory.indexer.validation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.netzwerkiq.directory.indexer.content.Address;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.gazetteer.Gazetteer;
import de.netzwerkiq.directory.indexer.gazetteer.Place;
import de.netzwerkiq.directory.indexer.gazetteer.PostalCodeArea;

/**
 * Checks an address and its point against the gazetteer: the postal code exists, the
 * federal state is the postal code's, and the point is near it. These catch the mistakes
 * a format check cannot: a state picked from the wrong line of a drop-down, swapped
 * digits in a postal code, the coordinates of another office.
 */
final class AddressCheck {

	/** Postal areas are at most a few tens of kilometres across. */
	static final double MAX_KM_FROM_POSTAL_CODE = 50;

	private static final Gazetteer GAZETTEER = Gazetteer.germany();

	/** States each place name occurs in, for postal codes that cross a state border. */
	private static final Map<String, Set<FederalState>> STATES_BY_PLACE = statesByPlace();

	private AddressCheck() {
	}

	/** Adds at most one violation per field; needs a well-formed postal code. */
	static void check(Checks checks, String pointer, Address address, GeoLocation location) {
		Optional<PostalCodeArea> known = GAZETTEER.postalCode(address.postalCode());
		if (known.isEmpty()) {
			checks.add(pointer + "/address/postalCode", Checks.field(pointer + "/address/postalCode") + " '"
					+ address.postalCode() + "' is not a German postal code");
			return;
		}
		PostalCodeArea area = known.get();
		if (address.federalState() != null && address.federalState() != area.state()
				&& !servesState(area, address.federalState())) {
			checks.add(pointer + "/address/federalState",
					Checks.field(pointer + "/address/federalState") + " " + address.federalState().isoCode()
							+ " does not match postal code " + area.code() + " (" + area.mainPlace() + ", "
							+ area.state().isoCode() + ")");
		}
		if (location != null && location.isInGermany()) {
			double km = kilometres(location, area.location());
			if (km > MAX_KM_FROM_POSTAL_CODE) {
				checks.add(pointer + "/location", String.format(Locale.ROOT,
						"%s (%s, %s) is %.0f km from postal code %s (%s); check the coordinates or the postal code",
						Checks.field(pointer + "/location"), location.lat(), location.lon(), km, area.code(),
						area.mainPlace()));
			}
		}
	}

	/**
	 * A code whose places lie in several states (21039: Hamburg and Börnsen) serves each.
	 */
	private static boolean servesState(PostalCodeArea area, FederalState state) {
		return area.places()
			.stream()
			.anyMatch((place) -> STATES_BY_PLACE.getOrDefault(place, Set.of()).contains(state));
	}

	private static Map<String, Set<FederalState>> statesByPlace() {
		Map<String, Set<FederalState>> states = new HashMap<>();
		for (Place place : GAZETTEER.places()) {
			states.computeIfAbsent(place.name(), (name) -> EnumSet.noneOf(FederalState.class)).add(place.state());
		}
		return states;
	}

	static double kilometres(GeoLocation a, GeoLocation b) {
		double lat1 = Math.toRadians(a.lat());
		double lat2 = Math.toRadians(b.lat());
		double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(Math.toRadians(b.lon() - a.lon()) / 2), 2);
		return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
