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
			// A postal code of the town itself, the one nearest its centre; a district
			// that is not a postal place name takes the nearest code in its state.
			List<PostalCodeArea> candidates = byMainPlace.getOrDefault(place.name() + "|" + place.state(),
					gazetteer.postalCodes().stream().filter((area) -> area.state() == place.state()).toList());
			PostalCodeArea area = candidates.stream()
				.min(Comparator.comparingDouble((candidate) -> squaredDegrees(candidate.location(), place.location())))
				.orElseThrow();
			places.add(new SamplePlace(place.name(), area.code(), place.state(), place.location(), place.population()));
		}
		return places;
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
