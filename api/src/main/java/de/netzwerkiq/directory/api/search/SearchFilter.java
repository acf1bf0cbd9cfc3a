package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;

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
	 * Constraints beyond the facets.
	 * @param now when the search is evaluated (for every page, when its first page was),
	 * for "upcoming", "registration open" and "open now"
	 * @throws InvalidArgumentException for values that cannot be constraints
	 */
	default List<Constraint> constraints(Instant now) {
		return List.of();
	}

	/**
	 * Refuses a date or time outside the years a filter can mean. Elasticsearch dates end
	 * at the year 9999, and one beyond would come back as a search failure rather than
	 * the client's mistake.
	 * @param what "a date" or "a time", for the message
	 */
	static void checkYear(String argument, String what, int year) {
		if (year < 1970 || year > 2999) {
			throw new InvalidArgumentException(argument,
					argument + " must be " + what + " between the years 1970 and 2999 (got the year " + year + ")");
		}
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
