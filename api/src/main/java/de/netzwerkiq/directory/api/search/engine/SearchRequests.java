package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchSpec;
import de.netzwerkiq.directory.indexer.content.ContentKind;
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
	static SearchRequest build(SearchSpec spec, Relaxation relaxation, Typos typos, DisjunctiveFacets facets,
			Time timeout, Function<ContentKind, String> alias, Consumer<SearchRequest.Builder> where) {
		SearchRequest.Builder request = new SearchRequest.Builder();
		where.accept(request);
		if (spec.text() == null && spec.after() == null) {
			// A first page without text is the same for everyone who opens it (a facet
			// page, the map of Germany, the centres near a town), and most of its cost is
			// aggregating over every match: the shard request cache answers repeats until
			// the next refresh. Elasticsearch caches only requests of size 0 unless
			// asked.
			request.requestCache(true);
		}
		// A shard whose every copy failed (a node lost mid-search) is an error to repeat,
		// not a page that silently lacks a kind or says a smaller total.
		request.timeout(timeout.time())
			.allowPartialSearchResults(false)
			.size(spec.first() + 1)
			.trackTotalHits((t) -> t.enabled(spec.extras().totalCount()))
			.query(query(spec, relaxation, typos, alias))
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

	/**
	 * How many records each unit of the text matches on its own, within the search's
	 * filters and selections: one request, one filter aggregation per unit, for relaxing
	 * a search that found nothing.
	 */
	static SearchRequest unitCounts(SearchSpec spec, DisjunctiveFacets facets, Time timeout,
			Function<ContentKind, String> alias) {
		List<Query> filters = filters(spec);
		filters.add(facets.allExcept(null));
		Map<String, Aggregation> counts = new LinkedHashMap<>();
		List<Query> units = TextQueries.units(spec.text(), spec.language(), alias);
		for (int i = 0; i < units.size(); i++) {
			Query unit = units.get(i);
			counts.put(unitName(i), Aggregation.of((a) -> a.filter(unit)));
		}
		return SearchRequest.of((r) -> r.index(spec.kinds().stream().map(alias).toList())
			.timeout(timeout.time())
			.allowPartialSearchResults(false)
			.size(0)
			.trackTotalHits((t) -> t.enabled(false))
			.query((q) -> q.bool((b) -> b.filter(filters)))
			.aggregations(counts));
	}

	static String unitName(int index) {
		return "unit_" + index;
	}

	private static List<Query> filters(SearchSpec spec) {
		List<Query> filters = new ArrayList<>(ConstraintQueries.all(spec.constraints()));
		filters.addAll(GeoQueries.filters(spec.geo()));
		return filters;
	}

	private static Query query(SearchSpec spec, Relaxation relaxation, Typos typos,
			Function<ContentKind, String> alias) {
		List<Query> must = (spec.text() != null)
				? List.of(TextQueries.query(spec.text(), spec.language(), relaxation, typos, alias)) : List.of();
		List<Query> filters = filters(spec);
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
			// Only training offers have a start date: other kinds sort last, their shards
			// do not fail (searches allow no partial results).
			case START_DATE -> sort.add(SortOptions.of((s) -> s.field((f) -> f.field(IndexFields.START_DATE)
				.order(SortOrder.Asc)
				.missing(FieldValue.of("_last"))
				.unmappedType(FieldType.Date))));
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
