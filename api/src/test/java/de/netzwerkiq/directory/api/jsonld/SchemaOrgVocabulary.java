package de.netzwerkiq.directory.api.jsonld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schema.org vocabulary of {@code schema-org/vocabulary.tsv} (see the LICENSE.txt
 * beside it), and a check of JSON-LD against it: each object's {@code @type} is a class,
 * each property has that class or one of its ancestors in its domain, an object value's
 * type is in the property's range, a text value stands only where the range allows text
 * (or a quantity such as a Duration), and a value of an enumeration is one of its members
 * as a {@code https://schema.org/} URL.
 *
 * <p>
 * Lines are {@code class Name Parent1,Parent2}, {@code property name Domain1,Domain2
 * Range1,Range2}, {@code member Enumeration Member} and {@code pending Name}, tab
 * separated; {@code #} starts a comment.
 */
public final class SchemaOrgVocabulary {

	private static final String RESOURCE = "schema-org/vocabulary.tsv";

	private static final String SCHEMA_ORG = "https://schema.org/";

	private static final Set<String> KEYWORDS = Set.of("@context", "@type", "@id");

	private static SchemaOrgVocabulary loaded;

	private final Map<String, Set<String>> parents = new HashMap<>();

	private final Map<String, Set<String>> domains = new HashMap<>();

	private final Map<String, Set<String>> ranges = new HashMap<>();

	private final Map<String, Set<String>> members = new HashMap<>();

	private final Set<String> pending = new HashSet<>();

	private SchemaOrgVocabulary() {
	}

	/** The vocabulary on the test classpath, read once. */
	public static synchronized SchemaOrgVocabulary load() {
		if (loaded == null) {
			loaded = read();
		}
		return loaded;
	}

	private static SchemaOrgVocabulary read() {
		SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
		try (InputStream in = SchemaOrgVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank() && !line.startsWith("#")) {
					vocabulary.add(line.split("\t", -1), number);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return vocabulary;
	}

	private void add(String[] columns, int number) {
		String kind = columns[0];
		if (kind.equals("class") && columns.length == 3) {
			this.parents.put(columns[1], names(columns[2]));
		}
		else if (kind.equals("property") && columns.length == 4) {
			this.domains.put(columns[1], names(columns[2]));
			this.ranges.put(columns[1], names(columns[3]));
		}
		else if (kind.equals("member") && columns.length == 3) {
			this.members.computeIfAbsent(columns[1], (enumeration) -> new HashSet<>()).add(columns[2]);
		}
		else if (kind.equals("pending") && columns.length == 2) {
			this.pending.add(columns[1]);
		}
		else {
			throw new IllegalStateException(RESOURCE + " line " + number + " is not a class, property, member or "
					+ "pending line: " + String.join("\\t", columns));
		}
	}

	private static Set<String> names(String column) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : column.split(",")) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names;
	}

	public boolean isClass(String name) {
		return this.parents.containsKey(name);
	}

	public boolean isProperty(String name) {
		return this.domains.containsKey(name);
	}

	/** Whether a class or property is still pending (not in the core vocabulary). */
	public boolean isPending(String term) {
		return this.pending.contains(term);
	}

	/** A class and all its superclasses. */
	public Set<String> ancestors(String type) {
		Set<String> ancestors = new LinkedHashSet<>();
		Deque<String> open = new ArrayDeque<>(List.of(type));
		while (!open.isEmpty()) {
			String next = open.pop();
			if (ancestors.add(next)) {
				open.addAll(this.parents.getOrDefault(next, Set.of()));
			}
		}
		return ancestors;
	}

	public Set<String> domains(String property) {
		return this.domains.getOrDefault(property, Set.of());
	}

	public Set<String> ranges(String property) {
		return this.ranges.getOrDefault(property, Set.of());
	}

	/** The members of an enumeration, by name ("Monday"). */
	public Set<String> members(String enumeration) {
		return this.members.getOrDefault(enumeration, Set.of());
	}

	/**
	 * What is wrong with a JSON-LD tree, each as {@code path: problem}; empty when every
	 * object, property and value fits the vocabulary.
	 */
	public List<String> problems(JsonNode jsonLd) {
		List<String> problems = new ArrayList<>();
		check(jsonLd, "$", problems);
		return problems;
	}

	/** The pending classes and properties a JSON-LD tree uses. */
	public Set<String> pendingTerms(JsonNode jsonLd) {
		Set<String> used = new TreeSet<>();
		collectTerms(jsonLd, used);
		used.retainAll(this.pending);
		return used;
	}

	private void collectTerms(JsonNode node, Set<String> terms) {
		if (node.isObject()) {
			terms.add(node.path("@type").asText());
			node.properties().forEach((property) -> terms.add(property.getKey()));
		}
		node.forEach((child) -> collectTerms(child, terms));
	}

	private void check(JsonNode node, String path, List<String> problems) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), path + "[" + i + "]", problems);
			}
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String type = node.path("@type").asText(null);
		if (type == null || !isClass(type)) {
			problems.add(path + ": @type " + type + " is not a schema.org class");
			return;
		}
		Set<String> ancestors = ancestors(type);
		node.properties().forEach((entry) -> {
			String property = entry.getKey();
			String at = path + "." + property;
			if (property.startsWith("@")) {
				if (!KEYWORDS.contains(property)) {
					problems.add(at + ": not a JSON-LD keyword used here");
				}
			}
			else if (!isProperty(property)) {
				problems.add(at + ": not a schema.org property");
			}
			else {
				if (Collections.disjoint(domains(property), ancestors)) {
					problems.add(at + ": not a property of " + type + " (its domains: " + domains(property) + ")");
				}
				JsonNode value = entry.getValue();
				Iterable<JsonNode> values = value.isArray() ? value : List.of(value);
				for (JsonNode element : values) {
					checkValue(property, element, at, problems);
				}
			}
		});
	}

	private void checkValue(String property, JsonNode value, String at, List<String> problems) {
		Set<String> range = ranges(property);
		if (value.isObject()) {
			String type = value.path("@type").asText(null);
			if (type != null && isClass(type) && Collections.disjoint(ancestors(type), range)) {
				problems.add(at + ": a " + type + " is not in its range " + range);
			}
			check(value, at, problems);
			return;
		}
		Set<String> enumerations = new TreeSet<>();
		boolean literal = false;
		for (String rangeType : range) {
			Set<String> rangeAncestors = ancestors(rangeType);
			if (rangeAncestors.contains("Enumeration")) {
				enumerations.add(rangeType);
			}
			literal |= rangeAncestors.contains("DataType") || rangeAncestors.contains("Quantity");
		}
		if (!literal && !enumerations.isEmpty()) {
			String text = value.asText();
			boolean member = text.startsWith(SCHEMA_ORG) && enumerations.stream()
				.anyMatch((enumeration) -> members(enumeration).contains(text.substring(SCHEMA_ORG.length())));
			if (!member) {
				problems
					.add(at + ": '" + text + "' is not a member of " + enumerations + " as a " + SCHEMA_ORG + "… URL");
			}
		}
		else if (!literal) {
			problems.add(at + ": a literal where its range " + range + " expects an object");
		}
	}

}
