package de.netzwerkiq.directory.api.geo;

import de.netzwerkiq.directory.indexer.content.GeoLocation;

/**
 * The results in one map tile.
 *
 * @param count how many
 * @param centroid the mean of their locations
 * @param tile zoom/x/y of the map tile, at the zoom asked for
 */
public record MapCluster(long count, GeoLocation centroid, String tile) {

	/** Highest zoom a client may ask clusters for. */
	public static final int MAX_ZOOM = 20;

	/**
	 * The geotile precision for a map zoom: the map's own tiles, so that a cluster's
	 * {@code tile} is the zoom/x/y of the map tile it is in, at the zoom asked for.
	 */
	public static int precision(int zoom) {
		return zoom;
	}

}
