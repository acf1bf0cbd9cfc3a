package de.netzwerkiq.directory.api.search;

import java.util.List;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Site;

/**
 * One search result, the edge of every connection type.
 *
 * @param <D> the document type; typed per kind so the schema inspection can follow it
 * @param cursor opaque position after this result
 * @param kind the record's kind
 * @param node the record
 * @param distanceMeters metres to its nearest site; null without a geo search or site
 * @param nearestSite that site
 * @param locationIndependent whether it has no location at all
 * @param highlights matched passages
 * @param matchedOccupations its occupations that the search text named
 */
public record SearchEdge<D extends ContentDocument>(String cursor, ContentKind kind, D node, Long distanceMeters,
		Site nearestSite, boolean locationIndependent, List<Highlight> highlights,
		List<Occupation> matchedOccupations) {

}
