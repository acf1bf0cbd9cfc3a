package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoBounds;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import de.netzwerkiq.directory.api.geo.BoundingBox;
import de.netzwerkiq.directory.api.geo.GeoFilter;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.indexer.index.IndexFields;

/**
 * A {@link GeoFilter} in Elasticsearch's terms: its filter, its distance sort and the map
 * clusters of its area. Every site of a record is in {@code locations}, so a record
 * matches when any of its sites does and is as near as its nearest site.
 */
final class GeoQueries {

	/** Tiles per zoom level and search; more than a map shows. */
	private static final int MAX_TILES = 2000;

	private GeoQueries() {
	}

	/**
	 * Kinds without sites (curricula) have no {@code locations} field: every geo query
	 * and sort ignores it there (matches nothing, sorts last) rather than failing that
	 * kind's shard, which searches do not allow.
	 */
	static List<Query> filters(GeoFilter geo) {
		List<Query> filters = new ArrayList<>();
		if (geo.radiusKm() != null) {
			filters.add(orLocationIndependent(geo,
					Query.of((q) -> q.geoDistance((g) -> g.field(IndexFields.LOCATIONS)
						.ignoreUnmapped(true)
						.location(point(geo))
						.distance(geo.radiusKm() + "km")))));
		}
		if (geo.within() != null) {
			filters.add(orLocationIndependent(geo, Query.of((q) -> q.geoBoundingBox(
					(g) -> g.field(IndexFields.LOCATIONS).ignoreUnmapped(true).boundingBox(bounds(geo.within()))))));
		}
		if (geo.needsLocation()) {
			filters.add(Query.of((q) -> q.exists((e) -> e.field(IndexFields.LOCATIONS))));
		}
		return filters;
	}

	static SortOptions nearestFirst(GeoFilter geo) {
		return SortOptions.of((s) -> s.geoDistance((g) -> g.field(IndexFields.LOCATIONS)
			.ignoreUnmapped(true)
			.location(point(geo))
			.order(SortOrder.Asc)
			.unit(DistanceUnit.Meters)
			.distanceType(GeoDistanceType.Arc)));
	}

	/**
	 * Map tiles with their record count and centroid at a zoom level.
	 * @param selections the facet selections, applied here because aggregations do not
	 * see the post_filter: the map shows exactly the listed results
	 */
	static Aggregation clusters(GeoFilter geo, int zoom, Query selections) {
		BoundingBox area = geo.area();
		return Aggregation
			.of((a) -> a.filter(selections).aggregations("tiles", Aggregation.of((t) -> t.geotileGrid((g) -> {
				g.field(IndexFields.LOCATIONS).precision(MapCluster.precision(zoom)).size(MAX_TILES);
				if (area != null) {
					g.bounds(bounds(area));
				}
				return g;
			})
				.aggregations("centroid",
						Aggregation.of((c) -> c.geoCentroid((gc) -> gc.field(IndexFields.LOCATIONS)))))));
	}

	static List<MapCluster> readClusters(Aggregate aggregate) {
		List<MapCluster> clusters = new ArrayList<>();
		for (GeoTileGridBucket bucket : aggregate.filter()
			.aggregations()
			.get("tiles")
			.geotileGrid()
			.buckets()
			.array()) {
			var centroid = bucket.aggregations().get("centroid").geoCentroid().location().latlon();
			clusters.add(new MapCluster(bucket.docCount(),
					new de.netzwerkiq.directory.indexer.content.GeoLocation(centroid.lat(), centroid.lon()),
					bucket.key()));
		}
		return clusters;
	}

	private static Query orLocationIndependent(GeoFilter geo, Query inArea) {
		if (!geo.includeLocationIndependent()) {
			return inArea;
		}
		Query noLocation = Query
			.of((q) -> q.bool((b) -> b.mustNot((m) -> m.exists((e) -> e.field(IndexFields.LOCATIONS)))));
		return Query.of((q) -> q.bool((b) -> b.should(inArea, noLocation).minimumShouldMatch("1")));
	}

	private static GeoBounds bounds(BoundingBox box) {
		return GeoBounds.of((b) -> b.tlbr((c) -> c.topLeft((l) -> l.latlon((p) -> p.lat(box.north()).lon(box.west())))
			.bottomRight((l) -> l.latlon((p) -> p.lat(box.south()).lon(box.east())))));
	}

	private static GeoLocation point(GeoFilter geo) {
		return GeoLocation.of((g) -> g.latlon((l) -> l.lat(geo.near().lat()).lon(geo.near().lon())));
	}

}
