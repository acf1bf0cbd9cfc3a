package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Set;

import de.netzwerkiq.directory.api.facets.FacetField;

/**
 * What a search computes beside the page of results because the GraphQL selection asked
 * for it: all of it comes from the same Elasticsearch request.
 *
 * @param facets the facets to count; empty for none
 * @param clusterZooms the map zoom levels to cluster for; empty for none
 * @param totalCount whether to count all matches
 * @param highlights whether to highlight matches
 * @param sourceFields the document properties to read; null for all
 */
public record ResultExtras(List<FacetField> facets, Set<Integer> clusterZooms, boolean totalCount, boolean highlights,
		List<String> sourceFields) {

	/** The results alone, whole records. */
	public static final ResultExtras NONE = new ResultExtras(List.of(), Set.of(), false, false, null);

}
