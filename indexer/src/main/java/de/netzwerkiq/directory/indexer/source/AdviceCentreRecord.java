package de.netzwerkiq.directory.indexer.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.Closure;
import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/** An advice centre as an editor writes it: one line of {@code advice-centres.ndjson}. */
public record AdviceCentreRecord(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, List<Site> offices,
		List<DeliveryMode> deliveryModes, List<String> languagesSpoken, List<String> occupations, Boolean freeOfCharge,
		Boolean sampleData, Instant updatedAt, LocalDate lastVerified, String sourceUrl,
		List<Closure> closures) implements SourceRecord {

}
