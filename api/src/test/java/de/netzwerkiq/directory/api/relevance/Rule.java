package de.netzwerkiq.directory.api.relevance;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * A grade (1 related, 2 clearly relevant, 3 exactly what was meant) for records meeting
 * all conditions.
 */
record Rule(int grade, List<Condition> conditions) {

	Rule {
		conditions = List.copyOf(conditions);
	}

	boolean matches(ContentKind kind, JsonNode record) {
		return this.conditions.stream().allMatch((condition) -> condition.matches(kind, record));
	}

}
