package de.netzwerkiq.directory.api.geo;

import de.netzwerkiq.directory.indexer.content.GeoLocation;

/**
 * The results in one map tile.
 *
 * @param count how many
 * @param centroid the mean of their locations
 * @param tile zoom/x/y
 */
public record MapCluster(long count, GeoLocation centroid, String tile) {

	/** Highest zoom a client may ask clusters for. */
	public static final int MAX_ZOOM = 20;

	/**
	 * The geotile precision for a map zoom: two levels finer than the map's own 256-pixel
	 * tiles gives cells of about 64 pixels, a usual cluster size.
	 */
	public static int precision(int zoom) {
		return Math.min(zoom + 2, 29);
	}

}
