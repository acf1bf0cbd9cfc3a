package de.netzwerkiq.directory.indexer.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.gazetteer.Gazetteer;
import de.netzwerkiq.directory.indexer.gazetteer.Place;
import de.netzwerkiq.directory.indexer.gazetteer.PostalCodeArea;

/** The gazetteer's towns, each with a postal code of its own, for the sample content. */
final class SamplePlaces {

	/** Advice centres and course venues are in towns, not villages. */
	static final int MIN_POPULATION = 10_000;

	/** A town's own postal code lies within a few kilometres of its centre. */
	private static final double MAX_KM = 15;

	private SamplePlaces() {
	}

	static List<SamplePlace> fromGazetteer() {
		Gazetteer gazetteer = Gazetteer.germany();
		Map<String, List<PostalCodeArea>> byMainPlace = new HashMap<>();
		for (PostalCodeArea area : gazetteer.postalCodes()) {
			byMainPlace.computeIfAbsent(area.mainPlace() + "|" + area.state(), (key) -> new ArrayList<>()).add(area);
		}
		List<SamplePlace> places = new ArrayList<>();
		for (Place place : gazetteer.places()) {
			if (place.population() < MIN_POPULATION) {
				continue;
			}
			// A postal code of the town itself (by its name or an alias), the one nearest
			// its centre. Names repeat ("Wangen" is a village near Göppingen and, as an
			// alias, Wangen im Allgäu), so a code too far away is not the town's: then
			// the nearest code in the state.
			List<PostalCodeArea> named = new ArrayList<>();
			for (String name : names(place)) {
				named.addAll(byMainPlace.getOrDefault(name + "|" + place.state(), List.of()));
			}
			PostalCodeArea area = nearest(named, place).filter((candidate) -> km(candidate, place) <= MAX_KM)
				.orElseGet(() -> nearest(gazetteer.postalCodes()
					.stream()
					.filter((candidate) -> candidate.state() == place.state())
					.toList(), place).orElseThrow());
			places.add(new SamplePlace(place.name(), area.code(), place.state(), place.location(), place.population()));
		}
		return places;
	}

	private static List<String> names(Place place) {
		List<String> names = new ArrayList<>();
		names.add(place.name());
		names.addAll(place.aliases());
		return names;
	}

	private static Optional<PostalCodeArea> nearest(List<PostalCodeArea> areas, Place place) {
		return areas.stream()
			.min(Comparator.comparingDouble((candidate) -> squaredDegrees(candidate.location(), place.location())));
	}

	private static double km(PostalCodeArea area, Place place) {
		return Math.sqrt(squaredDegrees(area.location(), place.location())) * 111.2;
	}

	/** The state of a postal code, for checking that sample addresses are real. */
	static Optional<FederalState> stateOfPostalCode(String code) {
		return Gazetteer.germany().postalCode(code).map(PostalCodeArea::state);
	}

	private static double squaredDegrees(GeoLocation a, GeoLocation b) {
		double dLat = a.lat() - b.lat();
		double dLon = (a.lon() - b.lon()) * Math.cos(Math.toRadians(a.lat()));
		return dLat * dLat + dLon * dLon;
	}

}
