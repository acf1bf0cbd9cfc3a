package de.netzwerkiq.directory.indexer.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * A start-up resource as an editor writes it: one line of
 * {@code start-up-resources.ndjson}.
 */
public record StartUpResourceRecord(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, ResourceType resourceType,
		List<String> languages, String url, MaterialFormat format, Licence licence, LocalDate publishedOn,
		Boolean sampleData, Instant updatedAt, LocalDate lastVerified, String sourceUrl) implements SourceRecord {

}
