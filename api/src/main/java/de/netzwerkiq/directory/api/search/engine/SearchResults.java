package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

import de.netzwerkiq.directory.api.content.ContentTypes;
import de.netzwerkiq.directory.api.geo.Distances;
import de.netzwerkiq.directory.api.geo.GeoScope;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.api.occupations.OccupationMatch;
import de.netzwerkiq.directory.api.search.Highlight;
import de.netzwerkiq.directory.api.search.PageInfo;
import de.netzwerkiq.directory.api.search.RecognisedConcept;
import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchConnection;
import de.netzwerkiq.directory.api.search.SearchEdge;
import de.netzwerkiq.directory.api.search.SearchSpec;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Reads a search response into a connection: one edge per hit with its cursor, distance,
 * highlights and matched occupations, then paging, facet counts and map clusters.
 */
final class SearchResults {

	private final SearchSpec spec;

	private final IndexNames names;

	private final Cursors cursors;

	private final String fingerprint;

	private final Relaxation relaxation;

	private final Typos typos;

	/**
	 * @param fingerprint the search's, written into every cursor
	 * @param relaxation how the text was relaxed, written into every cursor; null for not
	 * @param typos where words were matched with typos, written into every cursor
	 */
	SearchResults(SearchSpec spec, IndexNames names, Cursors cursors, String fingerprint, Relaxation relaxation,
			Typos typos) {
		this.spec = spec;
		this.names = names;
		this.cursors = cursors;
		this.fingerprint = fingerprint;
		this.relaxation = relaxation;
		this.typos = typos;
	}

	/**
	 * @param after the cursor this page continues after; null for the first page
	 */
	SearchConnection<ContentDocument> read(SearchResponse<?> response, Cursor after, DisjunctiveFacets facets) {
		List<? extends Hit<?>> hits = response.hits().hits();
		boolean hasNext = hits.size() > this.spec.first();
		List<? extends Hit<?>> page = hasNext ? hits.subList(0, this.spec.first()) : hits;
		// Later pages pin the indices the first page read.
		List<String> indices = (after != null) ? after.indices() : hits.stream().map(Hit::index).distinct().toList();
		List<SearchEdge<ContentDocument>> edges = new ArrayList<>(page.size());
		for (Hit<?> hit : page) {
			String cursor = this.cursors.encode(new Cursor(this.fingerprint, indices, response.pitId(),
					hit.sort().stream().map(FieldValues::plain).toList(), this.spec.now().toEpochMilli(),
					this.relaxation, this.typos));
			edges.add(edge(hit, cursor));
		}
		PageInfo pageInfo = new PageInfo(hasNext, false, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		long total = (this.spec.extras().totalCount() && response.hits().total() != null)
				? response.hits().total().value() : -1;
		Map<Integer, List<MapCluster>> clusters = new LinkedHashMap<>();
		for (int zoom : this.spec.extras().clusterZooms()) {
			clusters.put(zoom, GeoQueries.readClusters(response.aggregations().get(SearchRequests.clusterName(zoom))));
		}
		return new SearchConnection<>(edges, pageInfo, total, this.spec.geo().origin(),
				facets.read(response.aggregations(), this.spec.extras().facets()), clusters, occupations(), concepts(),
				this.relaxation);
	}

	private List<OccupationMatch> occupations() {
		return (this.spec.text() != null) ? this.spec.text().occupations().matches() : List.of();
	}

	private List<RecognisedConcept> concepts() {
		return (this.spec.text() != null) ? this.spec.text()
			.concepts()
			.matches()
			.stream()
			.map((match) -> RecognisedConcept.of(match, this.spec.language()))
			.toList() : List.of();
	}

	private SearchEdge<ContentDocument> edge(Hit<?> hit, String cursor) {
		ContentKind kind = kindOf(hit.index());
		ContentDocument document = document(kind, hit.source());
		List<Site> sites = document.sites();
		Site nearest = null;
		Long distance = null;
		GeoScope near = this.spec.geo().near();
		if (near != null && !sites.isEmpty()) {
			nearest = Distances.nearest(sites, near.lat(), near.lon()).orElse(null);
			if (nearest != null) {
				distance = Math.round(Distances.distance(nearest, near.lat(), near.lon()));
			}
		}
		List<Highlight> highlights = new ArrayList<>();
		hit.highlight().forEach((field, fragments) -> {
			int dot = field.indexOf('.');
			highlights.add(new Highlight(field.substring(0, dot), field.substring(dot + 1), fragments));
		});
		List<String> codes = document.occupations();
		List<Occupation> matchedOccupations = occupations().stream()
			.map(OccupationMatch::occupation)
			.filter((occupation) -> codes.contains(occupation.kldbCode()))
			.toList();
		return new SearchEdge<>(cursor, kind, document, distance, nearest, sites.isEmpty(), highlights,
				matchedOccupations);
	}

	private ContentKind kindOf(String index) {
		if (this.spec.kinds().size() == 1) {
			return this.spec.kinds().get(0);
		}
		for (ContentKind kind : this.spec.kinds()) {
			if (index.startsWith(this.names.alias(kind) + "-")) {
				return kind;
			}
		}
		throw new IllegalStateException("A hit came from " + index + ", which belongs to none of " + this.spec.kinds());
	}

	private static ContentDocument document(ContentKind kind, Object source) {
		if (source instanceof JsonData json) {
			return (ContentDocument) json.to(ContentTypes.documentType(kind));
		}
		return (ContentDocument) source;
	}

}
