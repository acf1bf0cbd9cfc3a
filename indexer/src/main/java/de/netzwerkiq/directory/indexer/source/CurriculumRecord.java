package de.netzwerkiq.directory.indexer.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.Material;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * An intercultural curriculum as an editor writes it: one line of
 * {@code curricula.ndjson}. Its target groups are its audience.
 */
public record CurriculumRecord(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, CourseFormat format, Integer durationHours,
		List<String> languages, List<Material> materials, Licence licence, LocalDate publishedOn, Boolean sampleData,
		Instant updatedAt, LocalDate lastVerified, String sourceUrl) implements SourceRecord {

}
