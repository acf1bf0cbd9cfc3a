package de.netzwerkiq.directory.api.geo;

/**
 * A checked {@link NearInput}: where to measure from and how far to look.
 *
 * @param origin the point and what it was found as
 * @param radiusKm at most this far; null for no limit
 */
public record GeoScope(SearchOrigin origin, Double radiusKm) {

	public double lat() {
		return this.origin.location().lat();
	}

	public double lon() {
		return this.origin.location().lon();
	}

}
