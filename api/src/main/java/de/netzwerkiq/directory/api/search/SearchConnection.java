package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.Facet;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.api.geo.SearchOrigin;
import de.netzwerkiq.directory.api.occupations.OccupationMatch;
import de.netzwerkiq.directory.indexer.content.ContentDocument;

/**
 * A page of results with everything a finder shows around it, from one search request.
 * Facets and clusters hold what the query's selection asked for; {@code SearchWiring}
 * hands each selection of them its own part.
 *
 * @param <D> the document type of the edges
 * @param edges the results
 * @param pageInfo paging
 * @param totalCount all matches; -1 when not asked for
 * @param origin the point a geo search measured from
 * @param facets counts per facet asked for
 * @param clusters map clusters per zoom asked for
 * @param occupationMatches the occupations the search text named
 * @param conceptMatches the concepts the search text named
 * @param relaxation how the text was relaxed to find anything; null when it was not
 */
public record SearchConnection<D extends ContentDocument>(List<SearchEdge<D>> edges, PageInfo pageInfo, long totalCount,
		SearchOrigin origin, List<Facet> facets, Map<Integer, List<MapCluster>> clusters,
		List<OccupationMatch> occupationMatches, List<RecognisedConcept> conceptMatches, Relaxation relaxation) {

}
