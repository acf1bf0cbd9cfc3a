package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;

/**
 * A client's filter inside a fixed scope, such as "recognition advice for this
 * occupation": the scope narrows the results like any constraint, and is not a facet
 * selection, so facet counts stay those of the scope.
 *
 * @param filter the client's filter; null for none
 * @param scope the fixed constraints
 */
public record ScopedFilter(SearchFilter filter, List<Constraint> scope) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return (this.filter != null) ? this.filter.selections() : Map.of();
	}

	@Override
	public List<Constraint> constraints(Instant now) {
		List<Constraint> constraints = new ArrayList<>(this.scope);
		if (this.filter != null) {
			constraints.addAll(this.filter.constraints(now));
		}
		return constraints;
	}

}
