package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

import de.netzwerkiq.directory.api.search.SearchSpec;
import de.netzwerkiq.directory.indexer.index.IndexFields;

/**
 * Builds the one Elasticsearch request of a search: the query (words, constraints, geo),
 * the order, the facet counts and map clusters as aggregations, highlights, and the
 * fields to read.
 */
final class SearchRequests {

	private SearchRequests() {
	}

	/**
	 * @param where the aliases (first page) or the point-in-time and position (later
	 * pages)
	 */
	static SearchRequest build(SearchSpec spec, DisjunctiveFacets facets, Time timeout,
			java.util.function.Consumer<SearchRequest.Builder> where) {
		SearchRequest.Builder request = new SearchRequest.Builder();
		where.accept(request);
		request.timeout(timeout.time())
			.size(spec.first() + 1)
			.trackTotalHits((t) -> t.enabled(spec.extras().totalCount()))
			.query(query(spec))
			.sort(sort(spec));
		if (spec.extras().sourceFields() != null) {
			request.source((s) -> s.filter((f) -> f.includes(spec.extras().sourceFields())));
		}
		facets.postFilter().ifPresent(request::postFilter);
		Map<String, Aggregation> aggregations = new LinkedHashMap<>(facets.aggregations(spec.extras().facets()));
		for (int zoom : spec.extras().clusterZooms()) {
			aggregations.put(clusterName(zoom), GeoQueries.clusters(spec.geo(), zoom, facets.allExcept(null)));
		}
		request.aggregations(aggregations);
		if (spec.extras().highlights() && spec.text() != null) {
			request.highlight((h) -> h.encoder(HighlighterEncoder.Html)
				.highlightQuery(TextQueries.highlighted(spec.text()))
				.preTags("<mark>")
				.postTags("</mark>")
				.fields(IndexFields.TITLE + ".*", (f) -> f.numberOfFragments(0))
				.fields(IndexFields.SUMMARY + ".*", (f) -> f.numberOfFragments(0))
				.fields(IndexFields.BODY + ".*", (f) -> f.fragmentSize(160).numberOfFragments(2)));
		}
		return request.build();
	}

	static String clusterName(int zoom) {
		return "clusters_" + zoom;
	}

	private static Query query(SearchSpec spec) {
		List<Query> must = TextQueries.must(spec.text(), spec.occupations(), spec.language());
		List<Query> filters = new ArrayList<>(ConstraintQueries.all(spec.constraints()));
		filters.addAll(GeoQueries.filters(spec.geo()));
		if (must.isEmpty() && filters.isEmpty()) {
			return Query.of((q) -> q.matchAll((m) -> m));
		}
		return Query.of((q) -> q.bool((b) -> b.must(must).filter(filters)));
	}

	private static List<SortOptions> sort(SearchSpec spec) {
		List<SortOptions> sort = new ArrayList<>();
		switch (spec.sort()) {
			case RELEVANCE -> sort.add(SortOptions.of((s) -> s.score((o) -> o.order(SortOrder.Desc))));
			case DISTANCE -> sort.add(GeoQueries.nearestFirst(spec.geo()));
			case NEWEST -> sort.add(by(IndexFields.UPDATED_AT, SortOrder.Desc));
			case START_DATE -> sort.add(SortOptions.of((s) -> s
				.field((f) -> f.field(IndexFields.START_DATE).order(SortOrder.Asc).missing(FieldValue.of("_last")))));
		}
		if (spec.kinds().size() > 1) {
			// Ids are unique within a kind only.
			sort.add(by("_index", SortOrder.Asc));
		}
		sort.add(by(IndexFields.ID, SortOrder.Asc));
		return sort;
	}

	private static SortOptions by(String field, SortOrder order) {
		return SortOptions.of((s) -> s.field((f) -> f.field(field).order(order)));
	}

}
