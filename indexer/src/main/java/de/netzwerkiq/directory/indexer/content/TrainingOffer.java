package de.netzwerkiq.directory.indexer.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A training offer as it is indexed and served. {@code locations} repeats its venues'
 * points; {@code locationIndependent} is true for online and self-study offers.
 */
public record TrainingOffer(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, OfferType offerType,
		List<String> occupations, RecognitionGoal recognitionGoal, CefrLevel entryLevel, CefrLevel targetLevel,
		CourseFormat format, List<Site> venues, List<GeoLocation> locations, boolean locationIndependent,
		LocalDate startDate, LocalDate endDate, LocalDate registrationDeadline, Integer durationHours,
		BigDecimal costEur, boolean freeOfCharge, List<Funding> funding, List<String> languages, boolean sampleData,
		Instant updatedAt, SourceReference source, List<String> compoundParts,
		TextStems stems) implements ContentDocument {

	/** Lists are never null, also in documents read back from the index. */
	public TrainingOffer {
		compoundParts = ContentLists.orEmpty(compoundParts);
		topics = ContentLists.orEmpty(topics);
		targetGroups = ContentLists.orEmpty(targetGroups);
		federalStates = ContentLists.orEmpty(federalStates);
		occupations = ContentLists.orEmpty(occupations);
		venues = ContentLists.orEmpty(venues);
		locations = ContentLists.orEmpty(locations);
		funding = ContentLists.orEmpty(funding);
		languages = ContentLists.orEmpty(languages);
	}

	/** Its venues. */
	@Override
	public List<Site> sites() {
		return this.venues;
	}

}
