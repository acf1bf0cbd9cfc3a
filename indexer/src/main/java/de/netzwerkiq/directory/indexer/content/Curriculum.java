package de.netzwerkiq.directory.indexer.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An intercultural curriculum as it is indexed and served; its target groups are its
 * audience.
 */
public record Curriculum(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, CourseFormat format, Integer durationHours,
		List<String> languages, List<Material> materials, Licence licence, LocalDate publishedOn, boolean sampleData,
		Instant updatedAt, SourceReference source, List<String> compoundParts,
		TextStems stems) implements ContentDocument {

	/** Lists are never null, also in documents read back from the index. */
	public Curriculum {
		compoundParts = ContentLists.orEmpty(compoundParts);
		topics = ContentLists.orEmpty(topics);
		targetGroups = ContentLists.orEmpty(targetGroups);
		federalStates = ContentLists.orEmpty(federalStates);
		languages = ContentLists.orEmpty(languages);
		materials = ContentLists.orEmpty(materials);
	}

}
