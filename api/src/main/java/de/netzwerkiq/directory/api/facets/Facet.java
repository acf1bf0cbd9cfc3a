package de.netzwerkiq.directory.api.facets;

import java.util.List;

/**
 * The counts of one facet.
 *
 * @param field which facet
 * @param values its values, most frequent first
 */
public record Facet(FacetField field, List<FacetValue> values) {

	/**
	 * One value and how many results have it.
	 *
	 * @param value as a filter takes it
	 * @param count results with it, given every other filter
	 * @param selected whether the current filter selects it
	 */
	public record FacetValue(String value, long count, boolean selected) {

	}

}
