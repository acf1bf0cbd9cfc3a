package de.netzwerkiq.directory.api.geo;

/**
 * Where a search looks, checked: around a point (within a radius or nearest first), in a
 * map viewport, both, or anywhere. One concept for the filter, the distance sort and the
 * area map clusters are drawn in.
 *
 * @param near where to measure from; null for no point
 * @param within a map viewport; null for none
 * @param includeLocationIndependent whether records without any place pass the filter
 */
public record GeoFilter(GeoScope near, BoundingBox within, boolean includeLocationIndependent) {

	/** Anywhere. */
	public static final GeoFilter NONE = new GeoFilter(null, null, false);

	/** Whether distances are measured (and may be sorted by). */
	public boolean measuresDistance() {
		return this.near != null;
	}

	/** The radius around the point; null for none. */
	public Double radiusKm() {
		return (this.near != null) ? this.near.radiusKm() : null;
	}

	/** Whether records without a place are left out although nothing bounds the area. */
	public boolean needsLocation() {
		// Nearest-first without a radius: records without a place cannot be near.
		return this.near != null && this.near.radiusKm() == null && !this.includeLocationIndependent;
	}

	/**
	 * The smallest box holding the area searched, for map tiles: records with several
	 * sites have some outside it. Null when the area is unbounded.
	 */
	public BoundingBox area() {
		if (this.within != null) {
			return this.within;
		}
		if (this.near != null && this.near.radiusKm() != null) {
			return BoundingBox.around(this.near.lat(), this.near.lon(), this.near.radiusKm());
		}
		return null;
	}

	/** The point measured from and what it was found as; null for none. */
	public SearchOrigin origin() {
		return (this.near != null) ? this.near.origin() : null;
	}

}
