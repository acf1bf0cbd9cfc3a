package de.netzwerkiq.directory.indexer.source;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * A training offer as an editor writes it: one line of {@code training-offers.ndjson}.
 */
public record TrainingOfferRecord(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, OfferType offerType,
		List<String> occupations, RecognitionGoal recognitionGoal, CefrLevel entryLevel, CefrLevel targetLevel,
		CourseFormat format, List<Site> venues, LocalDate startDate, LocalDate endDate, LocalDate registrationDeadline,
		Integer durationHours, BigDecimal costEur, Boolean freeOfCharge, List<Funding> funding, List<String> languages,
		Boolean sampleData, Instant updatedAt, LocalDate lastVerified, String sourceUrl) implements SourceRecord {

}
