package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

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
	public List<Query> constraints(Instant now) {
		LocalDate today = OpeningTimes.day(now);
		List<Query> filters = new ArrayList<>();
		if (this.entryLevelAtMost != null) {
			filters.add(range("entryLevel", null, this.entryLevelAtMost.name()));
		}
		if (this.targetLevelAtLeast != null) {
			filters.add(range("targetLevel", this.targetLevelAtLeast.name(), null));
		}
		if (this.maxCostEur != null) {
			if (this.maxCostEur.isNaN() || this.maxCostEur < 0 || this.maxCostEur > 1_000_000) {
				throw new InvalidArgumentException("filter.maxCostEur",
						"filter.maxCostEur must be between 0 and 1000000 (got " + this.maxCostEur + ")");
			}
			Query cheap = Query.of((q) -> q.range((r) -> r.number((n) -> n.field("costEur").lte(this.maxCostEur))));
			filters.add(either(cheap, Query.of((q) -> q.term((t) -> t.field("freeOfCharge").value(true)))));
		}
		LocalDate from = date("filter.startsFrom", this.startsFrom);
		LocalDate until = date("filter.startsUntil", this.startsUntil);
		if (from != null && until != null && from.isAfter(until)) {
			throw new InvalidArgumentException("filter.startsFrom",
					"filter.startsFrom (" + from + ") must not be after filter.startsUntil (" + until + ")");
		}
		if (from != null || until != null) {
			filters.add(Query.of((q) -> q.range((r) -> r.date((d) -> {
				d.field("startDate");
				if (from != null) {
					d.gte(from.toString());
				}
				if (until != null) {
					d.lte(until.toString());
				}
				return d;
			}))));
		}
		if (Boolean.TRUE.equals(this.upcomingOnly)) {
			filters.add(onOrAfterOrMissing("startDate", today));
		}
		if (Boolean.TRUE.equals(this.registrationOpen)) {
			filters.add(onOrAfterOrMissing("registrationDeadline", today));
		}
		return filters;
	}

	private static Query range(String field, String gte, String lte) {
		return Query.of((q) -> q.range((r) -> r.term((t) -> {
			t.field(field);
			if (gte != null) {
				t.gte(gte);
			}
			if (lte != null) {
				t.lte(lte);
			}
			return t;
		})));
	}

	private static Query onOrAfterOrMissing(String field, LocalDate day) {
		Query after = Query.of((q) -> q.range((r) -> r.date((d) -> d.field(field).gte(day.toString()))));
		Query missing = Query.of((q) -> q.bool((b) -> b.mustNot((m) -> m.exists((e) -> e.field(field)))));
		return either(after, missing);
	}

	private static Query either(Query one, Query other) {
		return Query.of((q) -> q.bool((b) -> b.should(one, other).minimumShouldMatch("1")));
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
