package de.netzwerkiq.directory.api.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.netzwerkiq.directory.indexer.content.Site;

/**
 * Great-circle distances the way Elasticsearch's {@code arc} distance measures them
 * (haversine on the mean Earth radius), so a distance shown next to a result is the one
 * it was sorted and filtered by.
 */
public final class Distances {

	/** The mean radius Elasticsearch's GeoUtils uses. */
	public static final double EARTH_RADIUS_METERS = 6_371_008.7714;

	private Distances() {
	}

	public static double arcMeters(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * Elasticsearch sorts and filters by the nearest of a record's points but does not
	 * say which; with a handful of sites, measuring again here is cheaper than asking.
	 */
	public static Optional<Site> nearest(List<Site> sites, double lat, double lon) {
		return sites.stream()
			.filter((site) -> site.location() != null)
			.min(Comparator.comparingDouble((site) -> distance(site, lat, lon)));
	}

	public static double distance(Site site, double lat, double lon) {
		return arcMeters(lat, lon, site.location().lat(), site.location().lon());
	}

}
