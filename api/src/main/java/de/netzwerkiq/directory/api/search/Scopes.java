package de.netzwerkiq.directory.api.search;

import java.time.LocalDate;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * Fixed scopes other features search within (the recognition pathway, the calendar),
 * built here so that the queries stay in the search package.
 */
public final class Scopes {

	/** The courses that lead to recognition: adaptation, bridging, exam preparation. */
	public static final List<OfferType> BRIDGE_TYPES = List.of(OfferType.ADAPTATION_COURSE, OfferType.BRIDGE_COURSE,
			OfferType.EXAM_PREPARATION);

	private Scopes() {
	}

	/**
	 * Advice centres on recognition for an occupation: a centre that names occupations
	 * specialises in them; one that names none advises on every occupation.
	 */
	public static ScopedFilter recognitionAdvice(AdviceCentreFilter filter, String kldbCode) {
		return new ScopedFilter(filter, List.of(term("topics", Topic.RECOGNITION.name()), codeOrGeneral(kldbCode)));
	}

	/** Adaptation and bridge courses and exam preparation for an occupation. */
	public static ScopedFilter bridgeCourses(TrainingOfferFilter filter, String kldbCode) {
		List<FieldValue> types = BRIDGE_TYPES.stream().map((type) -> FieldValue.of(type.name())).toList();
		return new ScopedFilter(filter, List.of(term("occupations", kldbCode),
				Query.of((q) -> q.terms((t) -> t.field("offerType").terms((v) -> v.value(types))))));
	}

	/**
	 * Work-related German reaching at least a level, for an occupation or for any. CEFR
	 * codes sort in level order, so a keyword range is a level range.
	 */
	public static ScopedFilter germanCourses(TrainingOfferFilter filter, String kldbCode, CefrLevel level) {
		return new ScopedFilter(filter,
				List.of(term("offerType", OfferType.WORK_RELATED_GERMAN.name()),
						Query.of((q) -> q.range((r) -> r.term((t) -> t.field("targetLevel").gte(level.name())))),
						codeOrGeneral(kldbCode)));
	}

	/** Offers that start on the day or later; undated ones are left out. */
	public static ScopedFilter startingFrom(TrainingOfferFilter filter, LocalDate day) {
		return new ScopedFilter(filter,
				List.of(Query.of((q) -> q.range((r) -> r.date((d) -> d.field("startDate").gte(day.toString()))))));
	}

	private static Query codeOrGeneral(String kldbCode) {
		return Query.of((q) -> q.bool((b) -> b.should(term("occupations", kldbCode))
			.should((s) -> s.bool((n) -> n.mustNot((m) -> m.exists((e) -> e.field("occupations")))))
			.minimumShouldMatch("1")));
	}

	private static Query term(String field, String value) {
		return Query.of((q) -> q.term((t) -> t.field(field).value(value)));
	}

}
