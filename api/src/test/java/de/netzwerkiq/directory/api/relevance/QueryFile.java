package de.netzwerkiq.directory.api.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * Reads a judged query file: one JSON object per line (see
 * {@code src/test/resources/relevance/README.md}). Every mistake an editor can make is
 * reported with its line, so a bad file fails the check test, not a 10-minute evaluation.
 */
final class QueryFile {

	static final String DEV = "relevance/dev.jsonl";

	static final String TEST = "relevance/test.jsonl";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> QUERY_KEYS = Set.of("id", "language", "text", "classes", "kinds", "near", "rules",
			"noRelevant", "note");

	private static final Set<String> NEAR_KEYS = Set.of("point", "postalCode", "place", "radiusKm");

	private QueryFile() {
	}

	static List<JudgedQuery> read(String resource) {
		InputStream in = QueryFile.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalArgumentException("No such resource: " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<JudgedQuery> queries = new ArrayList<>();
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				try {
					queries.add(parse(line));
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(resource + ":" + number + ": " + ex.getMessage(), ex);
				}
			}
			return queries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JudgedQuery parse(String line) {
		JsonNode node;
		try {
			node = JSON.readTree(line);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage());
		}
		require(node.isObject(), "not a JSON object");
		node.fieldNames().forEachRemaining((key) -> require(QUERY_KEYS.contains(key), "unknown key '" + key + "'"));
		String id = text(node, "id");
		String language = text(node, "language");
		require(ContentLanguage.fromCode(language).isPresent(), "unknown language '" + language + "'");
		String text = text(node, "text");
		require(text.length() <= 200, "text longer than the API's 200 characters");
		List<String> classes = strings(node.path("classes"));
		require(!classes.isEmpty(), "no classes");
		classes.forEach((c) -> require(JudgedQuery.CLASSES.contains(c), "unknown class '" + c + "'"));
		List<ContentKind> kinds = strings(node.path("kinds")).stream().map((kind) -> {
			require(RuleField.KIND.isValid(kind), "unknown kind '" + kind + "'");
			return ContentKind.valueOf(kind);
		}).toList();
		Map<String, Object> near = null;
		if (node.has("near")) {
			require(node.get("near").isObject(), "near is not an object");
			node.get("near")
				.fieldNames()
				.forEachRemaining((key) -> require(NEAR_KEYS.contains(key), "unknown near key '" + key + "'"));
			near = JSON.convertValue(node.get("near"), new TypeReference<Map<String, Object>>() {
			});
		}
		require(node.path("rules").isArray() && !node.path("rules").isEmpty(), "no rules");
		List<Rule> rules = new ArrayList<>();
		node.get("rules").forEach((rule) -> rules.add(rule(rule)));
		boolean noRelevant = node.path("noRelevant").asBoolean(false);
		return new JudgedQuery(id, language, text, classes, kinds, near, rules, noRelevant);
	}

	private static Rule rule(JsonNode node) {
		require(node.isObject(), "a rule is not an object");
		require(node.path("grade").isInt(), "a rule has no integer grade");
		int grade = node.get("grade").asInt();
		require(grade >= 1 && grade <= 3, "grade " + grade + " is not 1, 2 or 3");
		List<Condition> conditions = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			String key = entry.getKey();
			if (key.equals("grade")) {
				continue;
			}
			if (key.equals("near")) {
				conditions.add(Condition.near(circle(entry.getValue())));
				continue;
			}
			RuleField field = RuleField.byKey(key)
				.orElseThrow(() -> new IllegalArgumentException("unknown rule field '" + key + "'"));
			Set<String> codes = new LinkedHashSet<>(strings(entry.getValue()));
			require(!codes.isEmpty(), "rule field '" + key + "' has no values");
			codes.forEach((code) -> require(field.isValid(code), "'" + code + "' is not a code of " + key));
			conditions.add(Condition.anyOf(field, codes));
		}
		require(!conditions.isEmpty(), "a rule with grade " + grade + " has no conditions");
		return new Rule(grade, conditions);
	}

	private static Condition.Circle circle(JsonNode node) {
		require(node.path("lat").isNumber() && node.path("lon").isNumber() && node.path("km").isNumber(),
				"near needs numbers lat, lon and km");
		double lat = node.get("lat").asDouble();
		double lon = node.get("lon").asDouble();
		double km = node.get("km").asDouble();
		// Germany's extent: a swapped lat/lon lands outside it.
		require(lat > 47 && lat < 55.1 && lon > 5.8 && lon < 15.1, "near point is not in Germany");
		require(km > 0 && km <= 1000, "near km must be in (0, 1000]");
		return new Condition.Circle(lat, lon, km);
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.path(key);
		require(value.isTextual() && !value.asText().isBlank(), "missing '" + key + "'");
		return value.asText();
	}

	/** A string, or an array of strings (booleans as "true"/"false"). */
	private static List<String> strings(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (node.isValueNode()) {
			return List.of(node.asText());
		}
		List<String> values = new ArrayList<>();
		node.forEach((value) -> {
			require(value.isValueNode(), "a value is not a string");
			values.add(value.asText());
		});
		return values;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
