package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.Accessibility;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.index.IndexFields;

/** The {@code AdviceCentreFilter} input: facet selections plus "open at". */
public record AdviceCentreFilter(List<FederalState> federalStates, List<Topic> topics, List<TargetGroup> targetGroups,
		List<DeliveryMode> deliveryModes, List<String> languages, List<String> occupations,
		List<Accessibility> accessibility, Boolean freeOfCharge, String openAt,
		Boolean openNow) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return SearchFilter.selections(FacetField.FEDERAL_STATE, this.federalStates, FacetField.TOPIC, this.topics,
				FacetField.TARGET_GROUP, this.targetGroups, FacetField.DELIVERY_MODE, this.deliveryModes,
				FacetField.LANGUAGE, this.languages, FacetField.OCCUPATION, this.occupations, FacetField.ACCESSIBILITY,
				this.accessibility, FacetField.FREE_OF_CHARGE, this.freeOfCharge);
	}

	/** An office open at the minute of the week, and the centre not closed that day. */
	@Override
	public List<Constraint> constraints(Instant now) {
		if (this.openAt != null && Boolean.TRUE.equals(this.openNow)) {
			throw new InvalidArgumentException("filter.openAt", "filter.openAt and filter.openNow exclude each other");
		}
		Instant at = (this.openAt != null) ? instant("filter.openAt", this.openAt)
				: Boolean.TRUE.equals(this.openNow) ? now : null;
		if (at == null) {
			return List.of();
		}
		int minute = OpeningTimes.minuteOfWeek(at);
		String day = OpeningTimes.day(at).toString();
		return List.of(Constraint.is(IndexFields.OPEN_MINUTES, minute),
				new Constraint.Not(Constraint.is(IndexFields.CLOSED_DAYS, day)));
	}

	/**
	 * An instant with an offset ("2026-03-30T09:30:00+02:00", "…Z"), or a date and time
	 * without one, which is read as wall-clock time in Germany.
	 */
	static Instant instant(String argument, String value) {
		Instant instant = parse(argument, value.strip());
		// An instant far beyond the years a zone can convert throws there, so the year
		// is read in UTC first; a day's offset cannot move it across the bounds checked.
		SearchFilter.checkYear(argument, "a time", instant.atOffset(java.time.ZoneOffset.UTC).getYear());
		return instant;
	}

	private static Instant parse(String argument, String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).atZone(OpeningTimes.ZONE).toInstant();
			}
			catch (DateTimeParseException again) {
				throw new InvalidArgumentException(argument, argument
						+ " must be an ISO 8601 date and time such as 2026-03-30T09:30 (German time) or 2026-03-30T07:30:00Z (got '"
						+ ((text.length() > 30) ? text.substring(0, 30) + "…" : text) + "')");
			}
		}
	}

}
