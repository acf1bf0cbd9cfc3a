package de.netzwerkiq.directory.api.search;

import java.util.List;

/**
 * A condition a result must meet beyond the text and the facet selections, as a plain
 * value: filters and scopes say what they want in these terms, and only the query builder
 * ({@code search.engine}) knows how Elasticsearch expresses it. Being plain records,
 * constraints also print the same way every time, which the cursor fingerprint relies on.
 */
public sealed interface Constraint {

	/** The field holds the value (a keyword, number or date). */
	record Is(String field, Object value) implements Constraint {
	}

	/** The field holds one of the values. */
	record IsAnyOf(String field, List<String> values) implements Constraint {
	}

	/**
	 * The field's value lies in a range, bounds included; a null bound is open. Keyword
	 * ranges compare alphabetically (CEFR codes sort in level order), dates as ISO dates.
	 */
	record Between(String field, Object atLeast, Object atMost) implements Constraint {
	}

	/** The field has no value. */
	record Missing(String field) implements Constraint {
	}

	/** At least one of the constraints holds. */
	record Either(List<Constraint> options) implements Constraint {
	}

	/** The constraint does not hold. */
	record Not(Constraint constraint) implements Constraint {
	}

	static Constraint is(String field, Object value) {
		return new Is(field, value);
	}

	static Constraint isAnyOf(String field, List<String> values) {
		return new IsAnyOf(field, List.copyOf(values));
	}

	static Constraint atLeast(String field, Object value) {
		return new Between(field, value, null);
	}

	static Constraint atMost(String field, Object value) {
		return new Between(field, null, value);
	}

	static Constraint either(Constraint... options) {
		return new Either(List.of(options));
	}

	/** The field is at least the value, or has none (undated offers stay in). */
	static Constraint atLeastOrMissing(String field, Object value) {
		return either(atLeast(field, value), new Missing(field));
	}

}
