package de.netzwerkiq.directory.api.search;

import java.util.Comparator;

import de.netzwerkiq.directory.api.geo.GeoPointInput;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.Site;

/**
 * An advice centre and how far its nearest office is from the point searched from.
 *
 * @param distanceMeters great-circle distance in metres, rounded, as Elasticsearch sorted
 * by
 * @param nearestOffice the office that distance is measured to
 * @param adviceCentre the centre
 */
public record NearbyAdviceCentre(long distanceMeters, Site nearestOffice, AdviceCentre adviceCentre) {

	private static final double EARTH_RADIUS_METERS = 6_371_008.7714;

	/**
	 * Elasticsearch sorts by the nearest of a centre's points but does not say which one;
	 * with a handful of offices, measuring them again here is cheaper than a second
	 * query.
	 */
	static NearbyAdviceCentre of(AdviceCentre centre, GeoPointInput near, long distanceMeters) {
		Site nearest = centre.offices()
			.stream()
			.min(Comparator.comparingDouble((office) -> arcMeters(near, office)))
			.orElse(null);
		return new NearbyAdviceCentre(distanceMeters, nearest, centre);
	}

	private static double arcMeters(GeoPointInput from, Site office) {
		double lat1 = Math.toRadians(from.lat());
		double lat2 = Math.toRadians(office.location().lat());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(office.location().lon() - from.lon());
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
