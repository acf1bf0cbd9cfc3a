package de.netzwerkiq.directory.api.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile corpus generated from {@code schema.graphqls}, so that a new argument is
 * probed the day it is added: for every argument of every query field, and of the fields
 * below them that take arguments (facets, clusters, localised texts, the pathway's
 * parts), and for every field of every input type, boundary and malformed values (null,
 * the wrong type, huge and negative numbers, empty, overlong and hostile strings, huge
 * lists, unknown enum values, unknown input fields), as variables and as literals; and
 * the calendar feed's parameters, by the same names. Each answer must come within a
 * second, without a 5xx, an INTERNAL_ERROR or an UNAVAILABLE, without anything of the
 * server's internals (stack traces, class names), and an anonymous editor field must say
 * UNAUTHORIZED whatever the arguments.
 */
@ApiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaCorpusIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The schema's editor-only query field (its documentation says so). */
	private static final Set<String> EDITOR_FIELDS = Set.of("reindexRuns");

	/** How deep below a root field fields with arguments are looked for. */
	private static final int MAX_DEPTH = 3;

	private static final long MAX_MILLIS = 1000;

	/**
	 * Stack frames, qualified Java class names, binder paths: none may reach a client.
	 */
	private static final Pattern INTERNALS = Pattern.compile(
			"\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|jakarta|org|com|de|graphql|co)\\.[a-z]+\\.[a-zA-Z.]*[A-Z]|Exception|\\$enum|\\$[A-Z]");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private TypeDefinitionRegistry schema;

	@LocalServerPort
	private int port;

	@BeforeAll
	void readTheSchemaAndWarmUp() throws Exception {
		this.schema = SchemaArguments.readSchema();
		// The first searches after start-up are slow on a busy machine; the bound is
		// about hostile input, not a cold index.
		for (int i = 0; i < 3; i++) {
			graphQl("{ search(text: \"Beratung\") { totalCount } trainingOffers { totalCount } }", Map.of());
		}
	}

	@TestFactory
	Stream<DynamicTest> everyArgumentOfEveryQueryField() {
		List<DynamicTest> tests = new ArrayList<>();
		Set<String> inputsProbed = new HashSet<>();
		Set<String> fieldsProbed = new HashSet<>();
		for (FieldDefinition root : object("Query").getFieldDefinitions()) {
			for (Site site : sites(root, fieldsProbed)) {
				for (InputValueDefinition argument : site.field().getInputValueDefinitions()) {
					List<Probe> probes = probes(argument.getType(), inputsProbed);
					tests.add(DynamicTest.dynamicTest(site.name() + "(" + argument.getName() + ") x " + probes.size(),
							() -> check(root, site, argument, probes)));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyParameterOfTheCalendarFeed() {
		List<InputValueDefinition> parameters = new ArrayList<>();
		FieldDefinition offers = object("Query").getFieldDefinitions()
			.stream()
			.filter((field) -> field.getName().equals("trainingOffers"))
			.findFirst()
			.orElseThrow();
		offers.getInputValueDefinitions()
			.stream()
			.filter((argument) -> List.of("text", "language").contains(argument.getName()))
			.forEach(parameters::add);
		parameters.addAll(input("TrainingOfferFilter").getInputValueDefinitions());
		return parameters.stream().map((parameter) -> DynamicTest.dynamicTest(parameter.getName(), () -> {
			List<String> failures = new ArrayList<>();
			String name = parameter.getName();
			List<String> queries = new ArrayList<>();
			for (String indexed : List.of("[0]", "[300]", "[-1]", "[abc]", ".x", "[]", "[0].x")) {
				queries.add(encode(name + indexed) + "=DE_BE");
			}
			for (Object value : calendarValues(parameter.getType())) {
				queries.add(encode(name) + "=" + encode(String.valueOf(value)));
			}
			queries.add(encode(name) + "=a&" + encode(name) + "=b");
			for (String query : queries) {
				HttpResponse<String> response = sendTwiceIfSlow(HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + "/calendar/training-offers.ics?" + query))
					.timeout(Duration.ofSeconds(10))
					.GET()
					.build());
				String body = response.body();
				if (response.statusCode() != 200 && response.statusCode() != 400) {
					failures.add(query + ": HTTP " + response.statusCode() + " " + shown(body));
				}
				else if (response.statusCode() == 400 && (body.isBlank() || INTERNALS.matcher(body).find())) {
					failures.add(query + ": " + shown(body));
				}
			}
			assertThat(failures).isEmpty();
		}));
	}

	/** A field with arguments, the selection that reaches it from its root field. */
	private record Site(String name, List<FieldDefinition> path, FieldDefinition field) {

	}

	/**
	 * The root field and the fields below it that take arguments; each of those once,
	 * wherever it is first reached (a centre's {@code title} is the same field in every
	 * connection).
	 */
	private List<Site> sites(FieldDefinition root, Set<String> fieldsProbed) {
		List<Site> sites = new ArrayList<>();
		collect("Query", root, List.of(), root.getName(), sites, 0, fieldsProbed);
		return sites;
	}

	private void collect(String parent, FieldDefinition field, List<FieldDefinition> above, String name,
			List<Site> sites, int depth, Set<String> fieldsProbed) {
		if (!field.getInputValueDefinitions().isEmpty() && fieldsProbed.add(parent + "." + field.getName())) {
			sites.add(new Site(name, above, field));
		}
		if (depth == MAX_DEPTH || !(this.schema.getType(SchemaArguments.named(field.getType()))
			.orElse(null) instanceof ObjectTypeDefinition type)) {
			return;
		}
		List<FieldDefinition> path = new ArrayList<>(above);
		path.add(field);
		for (FieldDefinition child : type.getFieldDefinitions()) {
			collect(type.getName(), child, path, name + "." + child.getName(), sites, depth + 1, fieldsProbed);
		}
	}

	/** One value to send, and whether GraphQL can write it as a literal. */
	private record Probe(String label, Object value, boolean literal) {

	}

	private List<Probe> probes(Type<?> type, Set<String> inputsProbed) {
		List<Probe> probes = new ArrayList<>();
		probes.add(new Probe("null", null, true));
		Type<?> bare = (type instanceof NonNullType nonNull) ? nonNull.getType() : type;
		if (bare instanceof ListType list) {
			Object one = valid(list.getType());
			probes.add(new Probe("[]", List.of(), true));
			probes.add(new Probe("[null]", Collections.singletonList(null), true));
			probes.add(new Probe("101 values", Collections.nCopies(101, one), true));
			probes.add(new Probe("5000 values", Collections.nCopies(5000, one), false));
			probes.add(new Probe("an object", Map.of("a", 1), true));
			for (Probe element : probes(list.getType(), inputsProbed)) {
				if (element.value() != null) {
					probes.add(new Probe("[" + element.label() + "]", List.of(element.value()), element.literal()));
				}
			}
			return probes;
		}
		String name = SchemaArguments.named(type);
		TypeDefinition<?> definition = this.schema.getType(name).orElse(null);
		if (definition instanceof InputObjectTypeDefinition input) {
			probes.add(new Probe("{}", Map.of(), true));
			probes.add(new Probe("an unknown field", Map.of("__proto__", Map.of("admin", true)), true));
			probes.add(new Probe("a string", "x", true));
			// The fields of an input type are probed in full once, wherever it is first
			// used; its other uses get the probes of the whole value.
			if (inputsProbed.add(name)) {
				for (InputValueDefinition field : input.getInputValueDefinitions()) {
					for (Probe inner : probes(field.getType(), inputsProbed)) {
						Map<String, Object> value = new LinkedHashMap<>(required(input, field.getName()));
						value.put(field.getName(), inner.value());
						probes.add(new Probe(field.getName() + ": " + inner.label(), value, inner.literal()));
					}
				}
			}
			return probes;
		}
		if (definition instanceof EnumTypeDefinition) {
			probes.add(new Probe("an unknown value", "NOPE", false));
			probes.add(new Probe("lower case", valid(type).toString().toLowerCase(java.util.Locale.ROOT), false));
			probes.add(new Probe("a number", 1, true));
			return probes;
		}
		switch (name) {
			case "Int" -> {
				for (Object number : List.of(0, -1, 1, 101, 2147483647, -2147483648, 1_000_000_000)) {
					probes.add(new Probe(String.valueOf(number), number, true));
				}
				probes.add(new Probe("2^31", 2147483648L, true));
				probes.add(new Probe("1e400", new java.math.BigDecimal("1e400"), true));
				probes.add(new Probe("1.5", 1.5, true));
				probes.add(new Probe("a string", "10", true));
			}
			case "Float" -> {
				for (Object number : List.of(0.0, -0.0, -1.0, 1e-300, 91.0, 181.0, 1001.0, 1e308, -1e308)) {
					probes.add(new Probe(String.valueOf(number), number, true));
				}
				probes.add(new Probe("1e400", new java.math.BigDecimal("1e400"), true));
				probes.add(new Probe("NaN as a string", "NaN", true));
				probes.add(new Probe("a boolean", true, true));
			}
			case "Boolean" -> {
				probes.add(new Probe("a string", "true", true));
				probes.add(new Probe("a number", 1, true));
			}
			default -> {
				// String and ID.
				for (Map.Entry<String, String> text : hostileStrings().entrySet()) {
					probes.add(new Probe(text.getKey(), text.getValue(), true));
				}
				probes.add(new Probe("a number", 42, true));
				probes.add(new Probe("an object", Map.of("a", 1), true));
			}
		}
		return probes;
	}

	private static Map<String, String> hostileStrings() {
		Map<String, String> strings = new LinkedHashMap<>();
		strings.put("empty", "");
		strings.put("blank", " \t\n ");
		strings.put("200 combining marks", "a" + "\u0301".repeat(199));
		strings.put("one 200-letter word", "Beratung".repeat(25));
		strings.put("201 characters", "a".repeat(201));
		strings.put("10 KB", "x".repeat(10 * 1024));
		strings.put("right-to-left overrides", "\u202E".repeat(50));
		strings.put("a NUL character", "a\u0000b");
		strings.put("a lone surrogate", "a\ud800b");
		strings.put("markup", "<script>alert(1)</script>");
		strings.put("a path", "../../../../etc/passwd");
		strings.put("query syntax", "title:* OR *:* \"}} ]");
		strings.put("the year 999999999", "+999999999-01-01T10:00");
		strings.put("a date before 1970", "1900-01-01");
		strings.put("a cursor-like text", "eyJmIjoxfQ.AAAAAAAAAAAAAAAAAAAAAA");
		strings.put("emoji", "😀".repeat(150));
		return strings;
	}

	private static List<Object> calendarValues(Type<?> type) {
		List<Object> values = new ArrayList<>(List.of("", "NOPE", "-1", "1e400", "NaN", "true,false,maybe",
				"x".repeat(4000), "a\u0301\u0301\u0301\u0301\u0301", "+999999999-01-01", "../etc/passwd"));
		Type<?> bare = (type instanceof NonNullType nonNull) ? nonNull.getType() : type;
		if (bare instanceof ListType) {
			values.add(IntStream.range(0, 101).mapToObj((i) -> "v" + i).collect(Collectors.joining(",")));
		}
		return values;
	}

	private void check(FieldDefinition root, Site site, InputValueDefinition argument, List<Probe> probes)
			throws Exception {
		List<String> failures = new ArrayList<>();
		boolean editor = EDITOR_FIELDS.contains(root.getName());
		for (Probe probe : probes) {
			List<String[]> requests = new ArrayList<>();
			String type = SchemaArguments.print(argument.getType());
			requests.add(new String[] { "as a variable", document(site, argument, "$v", "query($v: " + type + ")"),
					json(Collections.singletonMap("v", probe.value())) });
			if (probe.literal()) {
				requests
					.add(new String[] { "as a literal", document(site, argument, literal(probe.value()), ""), "{}" });
			}
			for (String[] request : requests) {
				String failure = failure(request[1], request[2], editor);
				if (failure != null) {
					failures.add(probe.label() + " " + request[0] + ": " + failure);
				}
			}
		}
		assertThat(failures).as(site.name() + "(" + argument.getName() + ")").isEmpty();
	}

	/** What is wrong with the answer; null when nothing is. */
	private String failure(String document, String variables, boolean editor) throws Exception {
		String body = "{\"query\":" + JSON.writeValueAsString(document) + ",\"variables\":" + variables + "}";
		HttpResponse<String> response = sendTwiceIfSlow(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
		String text = response.body();
		if (response.statusCode() >= 500) {
			return "HTTP " + response.statusCode() + " " + shown(text);
		}
		if (INTERNALS.matcher(text).find()) {
			return "internals in " + shown(text);
		}
		if (response.statusCode() == 413 || response.statusCode() == 400) {
			return null;
		}
		JsonNode errors = JSON.readTree(text).path("errors");
		for (JsonNode error : errors) {
			String classification = error.at("/extensions/classification").asText();
			if (error.path("message").asText().isBlank() || classification.equals("INTERNAL_ERROR")
					|| classification.equals("UNAVAILABLE")) {
				return classification + " " + shown(text);
			}
			// Validation happens before execution; past it, anonymous editors learn
			// nothing but that they need a key.
			if (editor && !classification.equals("ValidationError") && !classification.equals("UNAUTHORIZED")) {
				return "an anonymous editor field said " + shown(text);
			}
		}
		if (editor && errors.isEmpty()) {
			return "an anonymous editor field answered " + shown(text);
		}
		return null;
	}

	/**
	 * Over the bound once may be the machine; twice in a row is the input.
	 */
	private HttpResponse<String> sendTwiceIfSlow(HttpRequest request) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if ((System.nanoTime() - started) / 1_000_000 <= MAX_MILLIS) {
			return response;
		}
		started = System.nanoTime();
		response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(millis).as("milliseconds for %s", request.uri()).isLessThanOrEqualTo(MAX_MILLIS);
		return response;
	}

	/**
	 * The document: required arguments of every field on the way given valid values, the
	 * probed argument the value given, {@code __typename} below.
	 */
	private String document(Site site, InputValueDefinition probed, String value, String operation) {
		StringBuilder document = new StringBuilder(operation).append(" { ");
		for (FieldDefinition field : site.path()) {
			document.append(field.getName()).append(arguments(field, null, null)).append(" { ");
		}
		document.append(site.field().getName())
			.append(arguments(site.field(), probed.getName(), value))
			.append(selection(site.field().getType()));
		document.append(" }".repeat(site.path().size())).append(" }");
		return document.toString();
	}

	private String arguments(FieldDefinition field, String probed, String value) {
		List<String> arguments = new ArrayList<>();
		for (InputValueDefinition argument : field.getInputValueDefinitions()) {
			if (argument.getName().equals(probed)) {
				arguments.add(probed + ": " + value);
			}
			else if (argument.getType() instanceof NonNullType && argument.getDefaultValue() == null) {
				arguments.add(argument.getName() + ": " + literal(valid(argument.getName(), argument.getType())));
			}
		}
		return arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")";
	}

	private String selection(Type<?> type) {
		TypeDefinition<?> definition = this.schema.getType(SchemaArguments.named(type)).orElse(null);
		return (definition == null || definition instanceof EnumTypeDefinition) ? "" : " { __typename }";
	}

	/** Valid values for the required fields of an input, beside the one probed. */
	private Map<String, Object> required(InputObjectTypeDefinition input, String probed) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (InputValueDefinition field : input.getInputValueDefinitions()) {
			if (!field.getName().equals(probed) && field.getType() instanceof NonNullType) {
				values.put(field.getName(), valid(field.getName(), field.getType()));
			}
		}
		return values;
	}

	private Object valid(Type<?> type) {
		return valid("", type);
	}

	/** A value of the type that is valid on its own. */
	private Object valid(String name, Type<?> type) {
		Type<?> bare = (type instanceof NonNullType nonNull) ? nonNull.getType() : type;
		if (bare instanceof ListType list) {
			return List.of(valid(name, list.getType()));
		}
		String typeName = SchemaArguments.named(type);
		TypeDefinition<?> definition = this.schema.getType(typeName).orElse(null);
		if (definition instanceof EnumTypeDefinition enumeration) {
			return new EnumValue(enumeration.getEnumValueDefinitions().get(0).getName());
		}
		if (definition instanceof InputObjectTypeDefinition input) {
			return switch (typeName) {
				case "GeoPointInput" -> Map.of("lat", 52.5, "lon", 13.4);
				case "NearInput" -> Map.of("place", "Berlin");
				case "BoundingBoxInput" -> Map.of("north", 53.0, "south", 52.0, "east", 14.0, "west", 13.0);
				default -> required(input, null);
			};
		}
		return switch (typeName) {
			case "Int" -> name.equals("zoom") ? 8 : 5;
			case "Float" -> 10.0;
			case "Boolean" -> true;
			default -> switch (name) {
				case "prefix" -> "Ber";
				case "occupation" -> "nurse";
				case "language" -> "de";
				default -> "x";
			};
		};
	}

	/** An enum value: a name in a literal, a string in JSON. */
	private record EnumValue(String name) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** The value as a GraphQL literal. */
	private static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof EnumValue enumValue) {
			return enumValue.name();
		}
		if (value instanceof String || value instanceof Map || value instanceof List) {
			if (value instanceof Map<?, ?> map) {
				return map.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + ": " + literal(entry.getValue()))
					.collect(Collectors.joining(", ", "{", "}"));
			}
			if (value instanceof List<?> list) {
				return list.stream()
					.map(SchemaCorpusIntegrationTests::literal)
					.collect(Collectors.joining(", ", "[", "]"));
			}
			return json(value);
		}
		return String.valueOf(value);
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(jsonValue(value));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object jsonValue(Object value) {
		if (value instanceof EnumValue enumValue) {
			return enumValue.name();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> converted = new LinkedHashMap<>();
			map.forEach((key, inner) -> converted.put(key, jsonValue(inner)));
			return converted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(SchemaCorpusIntegrationTests::jsonValue).toList();
		}
		return value;
	}

	private ObjectTypeDefinition object(String name) {
		return (ObjectTypeDefinition) this.schema.getType(name).orElseThrow();
	}

	private InputObjectTypeDefinition input(String name) {
		return (InputObjectTypeDefinition) this.schema.getType(name).orElseThrow();
	}

	private void graphQl(String document, Map<String, Object> variables) throws Exception {
		failure(document, json(variables), false);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String shown(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
