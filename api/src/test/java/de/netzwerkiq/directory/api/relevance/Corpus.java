package de.netzwerkiq.directory.api.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * The bundled sample records, read from the source files (not from the index), so the
 * rules are judged on the records as written and the ideal ranking counts every record.
 */
final class Corpus {

	private final Map<String, Entry> byId = new LinkedHashMap<>();

	Corpus(Map<ContentKind, List<JsonNode>> records) {
		records.forEach((kind, list) -> list
			.forEach((record) -> this.byId.put(record.get("id").asText(), new Entry(kind, record))));
	}

	static Corpus sample() {
		Map<ContentKind, List<JsonNode>> records = new LinkedHashMap<>();
		for (ContentKind kind : ContentKind.values()) {
			records.put(kind, SampleRecords.of(kind));
		}
		return new Corpus(records);
	}

	Optional<Entry> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The grade of every record of the kinds the query searches. */
	List<Integer> grades(JudgedQuery query) {
		List<Integer> grades = new ArrayList<>();
		for (Entry entry : this.byId.values()) {
			if (query.kinds().isEmpty() || query.kinds().contains(entry.kind())) {
				grades.add(query.grade(entry.kind(), entry.record()));
			}
		}
		return grades;
	}

	int size() {
		return this.byId.size();
	}

	record Entry(ContentKind kind, JsonNode record) {

		String title() {
			JsonNode title = this.record.path("title");
			return title.has("de") ? title.get("de").asText()
					: title.path(this.record.path("sourceLanguage").asText()).asText();
		}

	}

}
