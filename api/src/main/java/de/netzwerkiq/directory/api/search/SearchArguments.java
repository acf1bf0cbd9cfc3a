package de.netzwerkiq.directory.api.search;

import java.util.List;

import de.netzwerkiq.directory.api.geo.BoundingBoxInput;
import de.netzwerkiq.directory.api.geo.NearInput;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * The arguments of a search query as the client sent them, before checking.
 *
 * @param kinds the kinds the query searches
 * @param text words to search for
 * @param language ISO 639-1 code to answer in
 * @param near where to search around
 * @param within a map viewport
 * @param filter the kind's filter
 * @param sort the order; null for the default
 * @param includeLocationIndependent whether records without a place pass a geo filter
 * @param first page size
 * @param after cursor to continue after
 */
public record SearchArguments(List<ContentKind> kinds, String text, String language, NearInput near,
		BoundingBoxInput within, SearchFilter filter, SearchSort sort, boolean includeLocationIndependent, int first,
		String after) {

}
