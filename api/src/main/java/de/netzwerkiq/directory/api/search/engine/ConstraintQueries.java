package de.netzwerkiq.directory.api.search.engine;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;

import de.netzwerkiq.directory.api.search.Constraint;

/**
 * The one translation of {@link Constraint}s into Elasticsearch filters: a filter's or a
 * scope's query is changed here.
 */
final class ConstraintQueries {

	private ConstraintQueries() {
	}

	static List<Query> all(List<Constraint> constraints) {
		return constraints.stream().map(ConstraintQueries::query).toList();
	}

	static Query query(Constraint constraint) {
		if (constraint instanceof Constraint.Is is) {
			return Query.of((q) -> q.term((t) -> t.field(is.field()).value(FieldValues.of(is.value()))));
		}
		if (constraint instanceof Constraint.IsAnyOf any) {
			List<FieldValue> values = any.values().stream().map(FieldValue::of).toList();
			return Query.of((q) -> q.terms((t) -> t.field(any.field()).terms((v) -> v.value(values))));
		}
		if (constraint instanceof Constraint.Between between) {
			return Query.of((q) -> q.range((r) -> r.untyped((u) -> {
				u.field(between.field());
				if (between.atLeast() != null) {
					u.gte(JsonData.of(between.atLeast()));
				}
				if (between.atMost() != null) {
					u.lte(JsonData.of(between.atMost()));
				}
				return u;
			})));
		}
		if (constraint instanceof Constraint.Missing missing) {
			return Query.of((q) -> q.bool((b) -> b.mustNot((m) -> m.exists((e) -> e.field(missing.field())))));
		}
		if (constraint instanceof Constraint.Either either) {
			return Query.of((q) -> q.bool((b) -> b.should(all(either.options())).minimumShouldMatch("1")));
		}
		if (constraint instanceof Constraint.Not not) {
			return Query.of((q) -> q.bool((b) -> b.mustNot(query(not.constraint()))));
		}
		throw new IllegalArgumentException("No query for " + constraint);
	}

}
