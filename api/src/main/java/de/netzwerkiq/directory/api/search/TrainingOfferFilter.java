package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.index.IndexFields;

/**
 * The {@code TrainingOfferFilter} input: facet selections plus levels, cost and dates.
 */
public record TrainingOfferFilter(List<FederalState> federalStates, List<Topic> topics, List<TargetGroup> targetGroups,
		List<OfferType> offerTypes, List<String> occupations, List<RecognitionGoal> recognitionGoals,
		List<CefrLevel> entryLevels, List<CefrLevel> targetLevels, CefrLevel entryLevelAtMost,
		CefrLevel targetLevelAtLeast, List<CourseFormat> formats, List<Funding> funding, List<String> languages,
		Boolean freeOfCharge, Double maxCostEur, String startsFrom, String startsUntil, Boolean upcomingOnly,
		Boolean registrationOpen) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return SearchFilter.selections(FacetField.FEDERAL_STATE, this.federalStates, FacetField.TOPIC, this.topics,
				FacetField.TARGET_GROUP, this.targetGroups, FacetField.OFFER_TYPE, this.offerTypes,
				FacetField.OCCUPATION, this.occupations, FacetField.RECOGNITION_GOAL, this.recognitionGoals,
				FacetField.ENTRY_LEVEL, this.entryLevels, FacetField.TARGET_LEVEL, this.targetLevels, FacetField.FORMAT,
				this.formats, FacetField.FUNDING, this.funding, FacetField.LANGUAGE, this.languages,
				FacetField.FREE_OF_CHARGE, this.freeOfCharge);
	}

	/**
	 * CEFR codes sort alphabetically in level order (A1 &lt; A2 &lt; B1 …), so a keyword
	 * range is a level range.
	 */
	@Override
	public List<Constraint> constraints(Instant now) {
		LocalDate today = OpeningTimes.day(now);
		List<Constraint> constraints = new ArrayList<>();
		if (this.entryLevelAtMost != null) {
			constraints.add(Constraint.atMost(IndexFields.ENTRY_LEVEL, this.entryLevelAtMost.name()));
		}
		if (this.targetLevelAtLeast != null) {
			constraints.add(Constraint.atLeast(IndexFields.TARGET_LEVEL, this.targetLevelAtLeast.name()));
		}
		if (this.maxCostEur != null) {
			if (this.maxCostEur.isNaN() || this.maxCostEur < 0 || this.maxCostEur > 1_000_000) {
				throw new InvalidArgumentException("filter.maxCostEur",
						"filter.maxCostEur must be between 0 and 1000000 (got " + this.maxCostEur + ")");
			}
			constraints.add(Constraint.either(Constraint.atMost(IndexFields.COST_EUR, this.maxCostEur),
					Constraint.is(IndexFields.FREE_OF_CHARGE, true)));
		}
		LocalDate from = date("filter.startsFrom", this.startsFrom);
		LocalDate until = date("filter.startsUntil", this.startsUntil);
		if (from != null && until != null && from.isAfter(until)) {
			throw new InvalidArgumentException("filter.startsFrom",
					"filter.startsFrom (" + from + ") must not be after filter.startsUntil (" + until + ")");
		}
		if (from != null || until != null) {
			constraints.add(new Constraint.Between(IndexFields.START_DATE, (from != null) ? from.toString() : null,
					(until != null) ? until.toString() : null));
		}
		if (Boolean.TRUE.equals(this.upcomingOnly)) {
			constraints.add(Constraint.atLeastOrMissing(IndexFields.START_DATE, today.toString()));
		}
		if (Boolean.TRUE.equals(this.registrationOpen)) {
			constraints.add(Constraint.atLeastOrMissing(IndexFields.REGISTRATION_DEADLINE, today.toString()));
		}
		return constraints;
	}

	private static LocalDate date(String argument, String value) {
		if (value == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException(argument,
					argument + " must be an ISO 8601 date such as 2026-03-01 (got '"
							+ ((value.length() > 30) ? value.substring(0, 30) + "…" : value) + "')");
		}
		SearchFilter.checkYear(argument, "a date", date.getYear());
		return date;
	}

}
