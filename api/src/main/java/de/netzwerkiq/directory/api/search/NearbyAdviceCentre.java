package de.netzwerkiq.directory.api.search;

import de.netzwerkiq.directory.api.geo.Distances;
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

	/**
	 * The office the sorted distance belongs to, measured again (see {@link Distances}).
	 */
	static NearbyAdviceCentre of(AdviceCentre centre, GeoPointInput near, long distanceMeters) {
		Site nearest = Distances.nearest(centre.offices(), near.lat(), near.lon()).orElse(null);
		return new NearbyAdviceCentre(distanceMeters, nearest, centre);
	}

}
