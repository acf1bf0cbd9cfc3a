package de.netzwerkiq.directory.indexer.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An advice centre as it is indexed and served. {@code locations} repeats its offices'
 * points for geo queries; {@code accessibility} is the union of its offices' features;
 * {@code openMinutes} and {@code closedDays} are its hours and closures as
 * {@link OpeningTimes} filters on them.
 */
public record AdviceCentre(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, List<Site> offices,
		List<GeoLocation> locations, List<DeliveryMode> deliveryModes, List<String> languagesSpoken,
		List<String> occupations, List<Accessibility> accessibility, boolean freeOfCharge, boolean sampleData,
		Instant updatedAt, SourceReference source, List<String> compoundParts, TextStems stems, List<Closure> closures,
		List<MinuteRange> openMinutes, List<LocalDate> closedDays) implements ContentDocument {

	/** Lists are never null, also in documents read back from the index. */
	public AdviceCentre {
		compoundParts = ContentLists.orEmpty(compoundParts);
		closures = ContentLists.orEmpty(closures);
		openMinutes = ContentLists.orEmpty(openMinutes);
		closedDays = ContentLists.orEmpty(closedDays);
		topics = ContentLists.orEmpty(topics);
		targetGroups = ContentLists.orEmpty(targetGroups);
		federalStates = ContentLists.orEmpty(federalStates);
		offices = ContentLists.orEmpty(offices);
		locations = ContentLists.orEmpty(locations);
		deliveryModes = ContentLists.orEmpty(deliveryModes);
		languagesSpoken = ContentLists.orEmpty(languagesSpoken);
		occupations = ContentLists.orEmpty(occupations);
		accessibility = ContentLists.orEmpty(accessibility);
	}

	/** Its offices. */
	@Override
	public List<Site> sites() {
		return this.offices;
	}

}
