package de.netzwerkiq.directory.api.search;

import java.time.LocalDate;
import java.util.List;

import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.index.IndexFields;

/**
 * Fixed scopes other features search within (the recognition pathway, the calendar), so
 * that what a scope means is said in the search package.
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
		return new ScopedFilter(filter,
				List.of(Constraint.is(IndexFields.TOPICS, Topic.RECOGNITION.name()), codeOrGeneral(kldbCode)));
	}

	/** Adaptation and bridge courses and exam preparation for an occupation. */
	public static ScopedFilter bridgeCourses(TrainingOfferFilter filter, String kldbCode) {
		return new ScopedFilter(filter, List.of(Constraint.is(IndexFields.OCCUPATIONS, kldbCode),
				Constraint.isAnyOf(IndexFields.OFFER_TYPE, BRIDGE_TYPES.stream().map(OfferType::name).toList())));
	}

	/**
	 * Work-related German reaching at least a level, for an occupation or for any. CEFR
	 * codes sort in level order, so a keyword range is a level range.
	 */
	public static ScopedFilter germanCourses(TrainingOfferFilter filter, String kldbCode, CefrLevel level) {
		return new ScopedFilter(filter,
				List.of(Constraint.is(IndexFields.OFFER_TYPE, OfferType.WORK_RELATED_GERMAN.name()),
						Constraint.atLeast(IndexFields.TARGET_LEVEL, level.name()), codeOrGeneral(kldbCode)));
	}

	/** Offers that start on the day or later; undated ones are left out. */
	public static ScopedFilter startingFrom(TrainingOfferFilter filter, LocalDate day) {
		return new ScopedFilter(filter, List.of(Constraint.atLeast(IndexFields.START_DATE, day.toString())));
	}

	private static Constraint codeOrGeneral(String kldbCode) {
		return Constraint.either(Constraint.is(IndexFields.OCCUPATIONS, kldbCode),
				new Constraint.Missing(IndexFields.OCCUPATIONS));
	}

}
