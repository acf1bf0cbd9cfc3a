package de.netzwerkiq.directory.api.geo;

/**
 * Where a client wants to search around: exactly one of a point, a postal code or a place
 * name, and an optional radius. Checked by {@link Places#resolve}.
 */
public record NearInput(GeoPointInput point, String postalCode, String place, Double radiusKm) {

}
