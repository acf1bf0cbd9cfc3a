package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import de.netzwerkiq.directory.api.facets.FacetField;

/**
 * A kind's filter argument: selections of facet values (ORed within a facet, counted
 * disjunctively) and constraints that are not facets (ranges, dates).
 */
public interface SearchFilter {

	/**
	 * Per facet the values selected: enum constants, codes or booleans; null for none.
	 */
	Map<FacetField, List<?>> selections();

	/**
	 * Constraints beyond the facets, as Elasticsearch filters.
	 * @param now when the search is evaluated (for every page, when its first page was),
	 * for "upcoming", "registration open" and "open now"
	 */
	default List<Query> constraints(Instant now) {
		return List.of();
	}

	/** A map that tolerates null lists, unlike {@link Map#of}. */
	static Map<FacetField, List<?>> selections(Object... fieldsAndValues) {
		Map<FacetField, List<?>> map = new java.util.EnumMap<>(FacetField.class);
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			Object values = fieldsAndValues[i + 1];
			if (values instanceof List<?> list) {
				map.put((FacetField) fieldsAndValues[i], list);
			}
			else if (values != null) {
				map.put((FacetField) fieldsAndValues[i], List.of(values));
			}
		}
		return map;
	}

}
