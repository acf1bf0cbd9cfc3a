package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.geo.BoundingBox;
import de.netzwerkiq.directory.api.geo.GeoScope;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * One checked search, everything {@link ContentSearch} needs for a single Elasticsearch
 * request: what to match, how to order, and which extras (facets, clusters, total,
 * highlights) the GraphQL selection asked for.
 *
 * @param kinds the kinds searched
 * @param text the words searched for; null for none
 * @param occupations the occupations the text names, and the rest of it
 * @param language the language asked for, boosted in the text match; null for none
 * @param near where to measure from; null for none
 * @param within a map viewport; null for none
 * @param includeLocationIndependent whether records without a location pass a geo filter
 * @param selections per facet the selected values, as stored
 * @param constraints further filters
 * @param sort the order
 * @param first page size
 * @param after the cursor to continue after; null for the first page
 * @param facets the facets to count; empty for none
 * @param clusterZooms the map zoom levels to cluster for; empty for none
 * @param totalCount whether to count all matches
 * @param highlights whether to highlight matches
 * @param sourceFields the document properties to read; null for all
 * @param now when the search is evaluated: its first page's time
 */
public record SearchSpec(List<ContentKind> kinds, String text, OccupationText occupations, ContentLanguage language,
		GeoScope near, BoundingBox within, boolean includeLocationIndependent, Map<FacetField, List<String>> selections,
		List<Query> constraints, SearchSort sort, int first, String after, List<FacetField> facets,
		Set<Integer> clusterZooms, boolean totalCount, boolean highlights, List<String> sourceFields, Instant now) {

	/**
	 * What makes two searches the same list of results; the language and the extras do
	 * not change the results, so a cursor survives a language switch.
	 */
	String canonical() {
		return String.join("|", this.kinds.toString(), String.valueOf(this.text), String.valueOf(this.near),
				String.valueOf(this.within), String.valueOf(this.includeLocationIndependent),
				new TreeMap<>(this.selections).toString(), this.constraints.toString(), this.sort.name());
	}

}
