package de.netzwerkiq.directory.api.geo;

/** A checked map viewport: south below north, west left of east. */
public record BoundingBox(double north, double south, double east, double west) {

	private static final double KM_PER_DEGREE = Math.PI * Distances.EARTH_RADIUS_METERS / 180_000;

	/** The smallest box holding a circle; at Germany's latitudes it never wraps. */
	public static BoundingBox around(double lat, double lon, double radiusKm) {
		double dLat = radiusKm / KM_PER_DEGREE;
		double dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat))));
		return new BoundingBox(Math.min(90, lat + dLat), Math.max(-90, lat - dLat), Math.min(180, lon + dLon),
				Math.max(-180, lon - dLon));
	}

}
