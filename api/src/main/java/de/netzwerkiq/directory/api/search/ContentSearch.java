package de.netzwerkiq.directory.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.ContentTypes;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.facets.DisjunctiveFacets;
import de.netzwerkiq.directory.api.geo.BoundingBox;
import de.netzwerkiq.directory.api.geo.Distances;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.occupations.OccupationMatch;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Full-text, geo and faceted search over one or several kinds in one Elasticsearch
 * request: the query and geo filters narrow the hits, facet selections go into
 * {@code post_filter}, and facet counts and map clusters come back as aggregations of the
 * same request.
 *
 * <p>
 * Paging uses {@code search_after}. The first page searches the aliases and its cursors
 * name the concrete indices it read; the second page opens a point-in-time over exactly
 * those, and later pages keep it alive. So the first page costs one round trip, an alias
 * swap between pages never mixes two versions, and a cursor on an index that is gone
 * fails with a clear error rather than wrong results.
 */
@Service
public class ContentSearch {

	/** How long a cursor stays usable after its page was served. */
	public static final String CURSOR_LIFETIME = "10m";

	/** Title over summary over body, as the issue asks. */
	private static final List<String> TEXT_FIELDS = List.of("title.*^3", "summary.*^2", "body.*", "compoundParts");

	private static final List<String> HIGHLIGHT_FIELDS = List.of("title.*", "summary.*", "body.*");

	/**
	 * A record coded with an occupation the text names ranks above one that merely
	 * mentions it.
	 */
	private static final float OCCUPATION_BOOST = 5;

	private final ElasticsearchClient client;

	private final IndexNames names;

	/**
	 * Passed to Elasticsearch so it stops working on a search the API has given up on.
	 */
	private final Time timeout;

	ContentSearch(ElasticsearchClient client, IndexNames names, ElasticsearchProperties properties) {
		this.client = client;
		this.names = names;
		this.timeout = Time.of((t) -> t.time(properties.getSocketTimeout().toMillis() + "ms"));
	}

	public SearchConnection<ContentDocument> search(SearchSpec spec) {
		String fingerprint = Cursor.fingerprint(spec.canonical());
		Cursor after = (spec.after() != null) ? Cursor.decode(spec.after(), fingerprint) : null;
		if (after != null) {
			checkIndices(spec, after);
		}
		DisjunctiveFacets facets = new DisjunctiveFacets(spec.kinds(), spec.selections(), this.names);
		SearchRequest.Builder request = new SearchRequest.Builder();
		if (after == null) {
			request.index(spec.kinds().stream().map(this.names::alias).toList());
		}
		else {
			String pit = (after.pit() != null) ? after.pit() : openPointInTime(spec, after.indices());
			request.pit((p) -> p.id(pit).keepAlive(Time.of((t) -> t.time(CURSOR_LIFETIME))));
			request.searchAfter(after.sortValues());
		}
		request.timeout(this.timeout.time())
			.size(spec.first() + 1)
			.trackTotalHits((t) -> t.enabled(spec.totalCount()))
			.query(query(spec))
			.sort(sort(spec));
		if (spec.sourceFields() != null) {
			request.source((s) -> s.filter((f) -> f.includes(spec.sourceFields())));
		}
		facets.postFilter().ifPresent(request::postFilter);
		Map<String, Aggregation> aggregations = new LinkedHashMap<>(facets.aggregations(spec.facets()));
		for (int zoom : spec.clusterZooms()) {
			aggregations.put("clusters_" + zoom, clusters(spec, zoom, facets));
		}
		request.aggregations(aggregations);
		if (spec.highlights() && spec.text() != null) {
			// Marks the words as typed: with the search's fuzzy query the highlighter
			// builds an edit-distance automaton per term, field and hit, which took 5 s
			// for a six-word title over 320 offers. A word found only through a typo is
			// ranked, not marked.
			Query exactWords = Query.of((q) -> q.multiMatch((m) -> m.query(spec.text()).fields(HIGHLIGHT_FIELDS)));
			request.highlight((h) -> h.encoder(HighlighterEncoder.Html)
				.highlightQuery(exactWords)
				.preTags("<mark>")
				.postTags("</mark>")
				.fields("title.*", (f) -> f.numberOfFragments(0))
				.fields("summary.*", (f) -> f.numberOfFragments(0))
				.fields("body.*", (f) -> f.fragmentSize(160).numberOfFragments(2)));
		}
		SearchResponse<?> response = execute(request.build(), spec);
		return connection(spec, after, fingerprint, response, facets);
	}

	/**
	 * A cursor is opaque, not secret: one edited to name another index (the run history,
	 * another kind) must not open a point-in-time on it.
	 */
	private void checkIndices(SearchSpec spec, Cursor after) {
		for (String index : after.indices()) {
			boolean ours = spec.kinds().stream().anyMatch((kind) -> this.names.isVersionOf(kind, index));
			if (!ours) {
				throw new InvalidArgumentException("after",
						"after is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor unchanged");
			}
		}
	}

	private SearchResponse<?> execute(SearchRequest request, SearchSpec spec) {
		Class<?> type = (spec.kinds().size() == 1) ? ContentTypes.documentType(spec.kinds().get(0)) : JsonData.class;
		SearchResponse<?> response;
		try {
			response = this.client.search(request, type);
		}
		catch (ElasticsearchException ex) {
			throw expiredOrUnavailable(ex, spec.after() != null);
		}
		catch (IOException ex) {
			throw SearchUnavailableException.because(ex);
		}
		if (response.timedOut()) {
			// Partial results would look complete to the client.
			throw SearchUnavailableException
				.because(new IOException("Elasticsearch timed out after " + this.timeout.time()));
		}
		return response;
	}

	private String openPointInTime(SearchSpec spec, List<String> indices) {
		Set<String> pinned = new LinkedHashSet<>(indices);
		// A kind with no hits on the first page left no index name in the cursor; it is
		// read at its live version from here on.
		for (ContentKind kind : spec.kinds()) {
			if (pinned.stream().noneMatch((index) -> index.startsWith(this.names.alias(kind) + "-"))) {
				pinned.add(this.names.alias(kind));
			}
		}
		try {
			return this.client
				.openPointInTime((p) -> p.index(List.copyOf(pinned)).keepAlive((t) -> t.time(CURSOR_LIFETIME)))
				.id();
		}
		catch (ElasticsearchException ex) {
			throw expiredOrUnavailable(ex, true);
		}
		catch (IOException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	/**
	 * A first page without its index is content not loaded yet (the embedded default
	 * still loading its sample, a cluster never indexed): unavailable, not a cursor
	 * error.
	 */
	private RuntimeException expiredOrUnavailable(ElasticsearchException ex, boolean cursor) {
		if (cursor && (causedBy(ex.error(), "search_context_missing_exception")
				|| causedBy(ex.error(), "index_not_found_exception"))) {
			return new InvalidArgumentException("after", "This cursor has expired (cursors live " + CURSOR_LIFETIME
					+ " after their page, and content may have been republished since); start the search again without after");
		}
		return SearchUnavailableException.because(ex);
	}

	/**
	 * Whether the error or one of its causes is of the type: an expired point-in-time
	 * arrives as a failed search phase whose root cause says so.
	 */
	private static boolean causedBy(ErrorCause error, String type) {
		if (error == null) {
			return false;
		}
		if (type.equals(error.type()) || error.rootCause().stream().anyMatch((cause) -> causedBy(cause, type))) {
			return true;
		}
		return causedBy(error.causedBy(), type);
	}

	private Query query(SearchSpec spec) {
		List<Query> must = new ArrayList<>();
		if (spec.text() != null) {
			List<String> fields = new ArrayList<>(TEXT_FIELDS);
			if (spec.language() != null) {
				// Text in the reader's language counts a little more than a translation.
				fields.add("title." + spec.language().code() + "^4");
			}
			Query fullText = textQuery(spec.text(), fields);
			OccupationText occupations = spec.occupations();
			if (occupations.matches().isEmpty()) {
				must.add(fullText);
			}
			else {
				// "hemşire" finds the records coded 81302 in any language, and still
				// those
				// whose text has the word; the rest of the text ("nurse Köln") must
				// match.
				List<FieldValue> codes = occupations.codes().stream().map(FieldValue::of).toList();
				Query byCode = Query.of((q) -> q
					.terms((t) -> t.field("occupations").terms((v) -> v.value(codes)).boost(OCCUPATION_BOOST)));
				must.add(Query.of((q) -> q.bool((b) -> b.should(byCode, fullText).minimumShouldMatch("1"))));
				if (!occupations.remainder().isBlank()) {
					must.add(textQuery(occupations.remainder(), fields));
				}
			}
		}
		List<Query> filters = new ArrayList<>(spec.constraints());
		if (spec.near() != null && spec.near().radiusKm() != null) {
			GeoLocation point = point(spec);
			filters.add(orLocationIndependent(spec, Query.of((q) -> q
				.geoDistance((g) -> g.field("locations").location(point).distance(spec.near().radiusKm() + "km")))));
		}
		if (spec.within() != null) {
			var box = spec.within();
			filters.add(
					orLocationIndependent(spec,
							Query
								.of((q) -> q.geoBoundingBox((g) -> g.field("locations")
									.boundingBox((b) -> b.tlbr((c) -> c
										.topLeft((l) -> l.latlon((p) -> p.lat(box.north()).lon(box.west())))
										.bottomRight((l) -> l.latlon((p) -> p.lat(box.south()).lon(box.east())))))))));
		}
		if (spec.near() != null && spec.near().radiusKm() == null && !spec.includeLocationIndependent()) {
			// Nearest-first without a radius: records without a place cannot be near.
			filters.add(Query.of((q) -> q.exists((e) -> e.field("locations"))));
		}
		if (must.isEmpty() && filters.isEmpty()) {
			return Query.of((q) -> q.matchAll((m) -> m));
		}
		return Query.of((q) -> q.bool((b) -> b.must(must).filter(filters)));
	}

	private static Query textQuery(String text, List<String> fields) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(text)
			.fields(fields)
			.type(TextQueryType.BestFields)
			.fuzziness("AUTO")
			.prefixLength(1)
			.maxExpansions(20)
			.minimumShouldMatch("2<75%")));
	}

	private static Query orLocationIndependent(SearchSpec spec, Query geo) {
		if (!spec.includeLocationIndependent()) {
			return geo;
		}
		Query noLocation = Query.of((q) -> q.bool((b) -> b.mustNot((m) -> m.exists((e) -> e.field("locations")))));
		return Query.of((q) -> q.bool((b) -> b.should(geo, noLocation).minimumShouldMatch("1")));
	}

	private List<SortOptions> sort(SearchSpec spec) {
		List<SortOptions> sort = new ArrayList<>();
		switch (spec.sort()) {
			case RELEVANCE -> sort.add(SortOptions.of((s) -> s.score((o) -> o.order(SortOrder.Desc))));
			case DISTANCE -> {
				GeoLocation point = point(spec);
				sort.add(SortOptions.of((s) -> s.geoDistance((g) -> g.field("locations")
					.location(point)
					.order(SortOrder.Asc)
					.unit(DistanceUnit.Meters)
					.distanceType(GeoDistanceType.Arc))));
			}
			case NEWEST -> sort.add(SortOptions.of((s) -> s.field((f) -> f.field("updatedAt").order(SortOrder.Desc))));
			case START_DATE -> sort.add(SortOptions
				.of((s) -> s.field((f) -> f.field("startDate").order(SortOrder.Asc).missing(FieldValue.of("_last")))));
		}
		if (spec.kinds().size() > 1) {
			// Ids are unique within a kind only.
			sort.add(SortOptions.of((s) -> s.field((f) -> f.field("_index").order(SortOrder.Asc))));
		}
		sort.add(SortOptions.of((s) -> s.field((f) -> f.field("id").order(SortOrder.Asc))));
		return sort;
	}

	private static Aggregation clusters(SearchSpec spec, int zoom, DisjunctiveFacets facets) {
		// Aggregations see the query but not the post_filter: the selections are applied
		// here, so the map shows exactly the listed results.
		return Aggregation.of((a) -> a.filter(facets.allExcept(null))
			.aggregations("tiles", Aggregation.of((t) -> t.geotileGrid((g) -> {
				g.field("locations").precision(MapCluster.precision(zoom)).size(2000);
				// Records with several sites have some outside the search area; only the
				// tiles of the area are wanted on the map.
				BoundingBox box = area(spec);
				if (box != null) {
					g.bounds((b) -> b.tlbr((c) -> c.topLeft((l) -> l.latlon((p) -> p.lat(box.north()).lon(box.west())))
						.bottomRight((l) -> l.latlon((p) -> p.lat(box.south()).lon(box.east())))));
				}
				return g;
			}).aggregations("centroid", Aggregation.of((c) -> c.geoCentroid((gc) -> gc.field("locations")))))));
	}

	private static BoundingBox area(SearchSpec spec) {
		if (spec.within() != null) {
			return spec.within();
		}
		if (spec.near() != null && spec.near().radiusKm() != null) {
			return BoundingBox.around(spec.near().lat(), spec.near().lon(), spec.near().radiusKm());
		}
		return null;
	}

	private SearchConnection<ContentDocument> connection(SearchSpec spec, Cursor after, String fingerprint,
			SearchResponse<?> response, DisjunctiveFacets facets) {
		List<? extends Hit<?>> hits = response.hits().hits();
		boolean hasNext = hits.size() > spec.first();
		List<? extends Hit<?>> page = hasNext ? hits.subList(0, spec.first()) : hits;
		List<String> indices;
		if (after != null) {
			indices = after.indices();
		}
		else {
			indices = hits.stream().map(Hit::index).distinct().toList();
		}
		String pit = response.pitId();
		List<SearchEdge<ContentDocument>> edges = new ArrayList<>(page.size());
		for (Hit<?> hit : page) {
			ContentKind kind = kindOf(spec, hit.index());
			ContentDocument document = document(kind, hit.source());
			String cursor = new Cursor(fingerprint, indices, pit, hit.sort().stream().map(Cursor::plain).toList(),
					spec.now().toEpochMilli())
				.encode();
			edges.add(edge(spec, kind, document, cursor, hit.highlight()));
		}
		PageInfo pageInfo = new PageInfo(hasNext, false, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		long total = (spec.totalCount() && response.hits().total() != null) ? response.hits().total().value() : -1;
		Map<String, Aggregate> aggregations = response.aggregations();
		Map<Integer, List<MapCluster>> clusters = new LinkedHashMap<>();
		for (int zoom : spec.clusterZooms()) {
			clusters.put(zoom, readClusters(aggregations.get("clusters_" + zoom)));
		}
		return new SearchConnection<>(edges, pageInfo, total, (spec.near() != null) ? spec.near().origin() : null,
				facets.read(aggregations, spec.facets()), clusters, spec.occupations().matches());
	}

	private static List<MapCluster> readClusters(Aggregate aggregate) {
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

	private SearchEdge<ContentDocument> edge(SearchSpec spec, ContentKind kind, ContentDocument document, String cursor,
			Map<String, List<String>> highlight) {
		List<Site> sites = sites(document);
		Site nearest = null;
		Long distance = null;
		if (spec.near() != null && !sites.isEmpty()) {
			nearest = Distances.nearest(sites, spec.near().lat(), spec.near().lon()).orElse(null);
			if (nearest != null) {
				distance = Math.round(Distances.distance(nearest, spec.near().lat(), spec.near().lon()));
			}
		}
		List<Highlight> highlights = new ArrayList<>();
		highlight.forEach((field, fragments) -> {
			int dot = field.indexOf('.');
			highlights.add(new Highlight(field.substring(0, dot), field.substring(dot + 1), fragments));
		});
		List<String> codes = occupations(document);
		List<Occupation> matchedOccupations = spec.occupations()
			.matches()
			.stream()
			.map(OccupationMatch::occupation)
			.filter((occupation) -> codes.contains(occupation.kldbCode()))
			.toList();
		return new SearchEdge<>(cursor, kind, document, distance, nearest, sites.isEmpty(), highlights,
				matchedOccupations);
	}

	private static List<Site> sites(ContentDocument document) {
		if (document instanceof AdviceCentre centre) {
			return centre.offices();
		}
		if (document instanceof TrainingOffer offer) {
			return offer.venues();
		}
		return List.of();
	}

	private static List<String> occupations(ContentDocument document) {
		if (document instanceof AdviceCentre centre) {
			return centre.occupations();
		}
		if (document instanceof TrainingOffer offer) {
			return offer.occupations();
		}
		return List.of();
	}

	private ContentKind kindOf(SearchSpec spec, String index) {
		if (spec.kinds().size() == 1) {
			return spec.kinds().get(0);
		}
		for (ContentKind kind : spec.kinds()) {
			if (index.startsWith(this.names.alias(kind) + "-")) {
				return kind;
			}
		}
		throw new IllegalStateException("A hit came from " + index + ", which belongs to none of " + spec.kinds());
	}

	private static ContentDocument document(ContentKind kind, Object source) {
		if (source instanceof JsonData json) {
			return (ContentDocument) json.to(ContentTypes.documentType(kind));
		}
		return (ContentDocument) source;
	}

	private static GeoLocation point(SearchSpec spec) {
		return GeoLocation.of((g) -> g.latlon((l) -> l.lat(spec.near().lat()).lon(spec.near().lon())));
	}

}
