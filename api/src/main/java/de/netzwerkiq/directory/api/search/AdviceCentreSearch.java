package de.netzwerkiq.directory.api.search;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.geo.GeoPointInput;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/** Searches over advice centres. */
@Service
public class AdviceCentreSearch {

	private final ElasticsearchClient client;

	private final IndexNames names;

	AdviceCentreSearch(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.names = names;
	}

	/**
	 * The centres nearest to a point, nearest first, optionally within a radius. The
	 * distance comes from Elasticsearch's {@code _geo_distance} sort value (arc, metres),
	 * so it is exactly what the order is based on.
	 */
	public List<NearbyAdviceCentre> nearest(GeoPointInput near, int first, Double withinKm) {
		GeoLocation point = GeoLocation.of((g) -> g.latlon((l) -> l.lat(near.lat()).lon(near.lon())));
		// Centres that advise remotely only have no point; they cannot be "nearest".
		Query hasOffice = Query.of((q) -> q.exists((e) -> e.field("locations")));
		Query query = (withinKm == null) ? hasOffice : Query.of((q) -> q.bool((b) -> b.filter(hasOffice)
			.filter((f) -> f.geoDistance((g) -> g.field("locations").location(point).distance(withinKm + "km")))));
		try {
			SearchResponse<AdviceCentre> response = this.client
				.search((s) -> s.index(this.names.alias(ContentKind.ADVICE_CENTRES))
					.size(first)
					.trackTotalHits((t) -> t.enabled(false))
					.query(query)
					.sort((sort) -> sort.geoDistance((g) -> g.field("locations")
						.location(point)
						.order(SortOrder.Asc)
						.unit(DistanceUnit.Meters)
						.distanceType(GeoDistanceType.Arc))), AdviceCentre.class);
			return response.hits()
				.hits()
				.stream()
				.map((hit) -> NearbyAdviceCentre.of(hit.source(), near, Math.round(hit.sort().get(0).doubleValue())))
				.toList();
		}
		catch (IOException | ElasticsearchException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

}
