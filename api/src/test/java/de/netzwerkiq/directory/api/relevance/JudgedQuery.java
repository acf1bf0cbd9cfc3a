package de.netzwerkiq.directory.api.relevance;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * A query as a person types it, with the rules that grade records for what she means.
 *
 * @param id stable name, e.g. {@code de-017}
 * @param language the query's language, sent as the search's {@code language}
 * @param text the search text
 * @param classes what makes it hard (first is the main one, used to stratify the sets)
 * @param kinds kinds the search is restricted to; empty for all
 * @param near the search's {@code near} argument as given, or null
 * @param rules graded rules; a record's grade is the highest rule it meets
 * @param noRelevant true when the corpus is known to hold nothing relevant
 */
record JudgedQuery(String id, String language, String text, List<String> classes, List<ContentKind> kinds,
		Map<String, Object> near, List<Rule> rules, boolean noRelevant) {

	/** The classes a query may belong to. */
	static final List<String> CLASSES = List.of("direct", "compound", "inflection", "spelling", "typo", "concept",
			"phrase", "occupation", "place");

	JudgedQuery {
		classes = List.copyOf(classes);
		kinds = List.copyOf(kinds);
		rules = List.copyOf(rules);
	}

	String mainClass() {
		return this.classes.get(0);
	}

	/** The record's grade: the highest rule it meets, 0 when none. */
	int grade(ContentKind kind, JsonNode record) {
		return this.rules.stream().filter((rule) -> rule.matches(kind, record)).mapToInt(Rule::grade).max().orElse(0);
	}

}
