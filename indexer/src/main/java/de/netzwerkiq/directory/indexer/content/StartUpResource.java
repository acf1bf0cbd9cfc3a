package de.netzwerkiq.directory.indexer.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A start-up resource as it is indexed and served. */
public record StartUpResource(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, Map<String, String> body, List<Topic> topics, List<TargetGroup> targetGroups,
		List<FederalState> federalStates, String provider, Contact contact, ResourceType resourceType,
		List<String> languages, String url, MaterialFormat format, Licence licence, LocalDate publishedOn,
		boolean sampleData, Instant updatedAt, SourceReference source, List<String> compoundParts,
		TextStems stems) implements ContentDocument {

	/** Lists are never null, also in documents read back from the index. */
	public StartUpResource {
		compoundParts = ContentLists.orEmpty(compoundParts);
		topics = ContentLists.orEmpty(topics);
		targetGroups = ContentLists.orEmpty(targetGroups);
		federalStates = ContentLists.orEmpty(federalStates);
		languages = ContentLists.orEmpty(languages);
	}

}
