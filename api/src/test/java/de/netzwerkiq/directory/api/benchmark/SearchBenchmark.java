package de.netzwerkiq.directory.api.benchmark;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import de.netzwerkiq.directory.api.concepts.ConceptThesaurus;
import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.EngineRequests;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder's search (text + radius around a postal code + three facets, first page of
 * 20) through the API over HTTP, against the request body the API's engine builds for it
 * (recorded, not written out) sent straight to Elasticsearch, interleaved, on 100,000
 * generated training offers. Run with the benchmark profile (see BENCHMARKS.md); not part
 * of the test suite.
 */
@ApiIntegrationTest
class SearchBenchmark {

	private static final int RECORDS = Integer.getInteger("benchmark.records", 100_000);

	/**
	 * Long enough for the JIT: code that runs once per request is compiled by C2 only
	 * after thousands of calls, and until then runs as slower profiling code. After 800
	 * pairs the API spent 5.0 ms of CPU on a request, after 3000 pairs 3.4 ms (timers
	 * around the request and the Elasticsearch call, thread CPU time).
	 */
	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 3000);

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 1500);

	/**
	 * Half name an occupation, in five languages, so the thesaurus expansion is measured.
	 */
	private static final List<String> TEXTS = List.of("Pflege", "Deutsch Beruf", "Anpassungsqualifizierung",
			"Kenntnisprüfung", "Coaching", "nurse", "hemşire", "медсестра", "Elektroniker", "Lehrerin");

	private static final List<String> POSTAL_CODES = List.of("10115", "20095", "80331", "50667", "60311", "70173",
			"04109", "01067", "30159", "90402");

	private static final String QUERY = "query($text: String, $postalCode: String) { trainingOffers(text: $text, "
			+ "near: {postalCode: $postalCode, radiusKm: 50}, first: 20) { pageInfo { hasNextPage endCursor } "
			+ "facets(fields: [FEDERAL_STATE, OFFER_TYPE, FORMAT]) { field values { value count } } "
			+ "edges { cursor distanceMeters node { id title { text } } } } }";

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * With {@code -Dbenchmark.profile=true}, one direct request per text (near the first
	 * postal code) is sent with {@code "profile": true} before the warm-up, and
	 * Elasticsearch's answer is written to {@code target/benchmarks/profile-<n>.json}.
	 */
	private static final boolean PROFILE = Boolean.getBoolean("benchmark.profile");

	@LocalServerPort
	private int port;

	@Autowired
	private IndexNames names;

	@Autowired
	private Reindex reindex;

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private ElasticsearchProperties properties;

	@Autowired
	private Places places;

	@Autowired
	private OccupationThesaurus occupations;

	@Autowired
	private ConceptThesaurus concepts;

	@Test
	void graphQlVersusElasticsearchDirect() throws Exception {
		Path source = Path.of("target", "benchmarks", ContentKind.TRAINING_OFFERS.fileName());
		Files.createDirectories(source.getParent());
		try (OutputStream out = Files.newOutputStream(source)) {
			SampleContentGenerator.fromGazetteer().write(ContentKind.TRAINING_OFFERS, RECORDS, out);
		}
		ReindexReport loaded = this.reindex.run(ContentKind.TRAINING_OFFERS, ContentSource.file(source));
		assertThat(loaded.swapped()).as(loaded.decision()).isTrue();
		assertThat(loaded.indexed()).isEqualTo(RECORDS);

		URI graphQl = URI.create("http://localhost:" + this.port + "/graphql");
		String alias = this.names.alias(ContentKind.TRAINING_OFFERS);
		URI direct = de.netzwerkiq.directory.testsupport.TestCluster.shared()
			.uri()
			.resolve("/" + alias + "/_search?typed_keys=true");
		Map<String, String> apiBodies = new HashMap<>();
		Map<String, String> directBodies = new HashMap<>();
		prepare(alias, apiBodies, directBodies);
		checkSameResults(graphQl, apiBodies, direct, directBodies);
		if (PROFILE) {
			profile(direct, directBodies);
		}
		SideBySide timer = new SideBySide();
		Random random = new Random(42);
		for (int i = 0; i < WARM_UP + REQUESTS; i++) {
			String text = TEXTS.get(random.nextInt(TEXTS.size()));
			String postalCode = POSTAL_CODES.get(random.nextInt(POSTAL_CODES.size()));
			String key = text + "|" + postalCode;
			boolean measure = i >= WARM_UP;
			timer.pair(measure, graphQl, apiBodies.get(key), "\"facets\"", direct, directBodies.get(key),
					"\"aggregations\"");
		}
		timer.report(String.format(Locale.ROOT,
				"Training offers: text + 50 km around a postal code + 3 facets, first 20, over %,d documents", RECORDS),
				"search.txt");
	}

	/**
	 * Both bodies for every text and postal code, before anything is timed: the GraphQL
	 * request, and the one Elasticsearch request the API's engine sends for it, as its
	 * client writes it (recorded from a real {@code Searches} and engine in this JVM, see
	 * {@link EngineRequests}), so the direct side does the same work as the API's search.
	 */
	private void prepare(String alias, Map<String, String> apiBodies, Map<String, String> directBodies)
			throws Exception {
		EngineRequests engine = new EngineRequests(this.graphQlSource, this.client, this.names, this.properties,
				this.places, this.occupations, this.concepts);
		for (String text : TEXTS) {
			for (String postalCode : POSTAL_CODES) {
				Map<String, Object> variables = new LinkedHashMap<>();
				variables.put("text", text);
				variables.put("postalCode", postalCode);
				Map<String, Object> graphQlRequest = new LinkedHashMap<>();
				graphQlRequest.put("query", QUERY);
				graphQlRequest.put("variables", variables);
				List<SearchRequest> sent = engine.of(QUERY, variables);
				assertThat(sent)
					.as("requests the API sends for '%s' near %s (more than one: relaxed)", text, postalCode)
					.hasSize(1);
				assertThat(sent.get(0).index()).isEqualTo(List.of(alias));
				apiBodies.put(text + "|" + postalCode, JSON.writeValueAsString(graphQlRequest));
				directBodies.put(text + "|" + postalCode, engine.body(sent.get(0)));
			}
		}
		System.out.println("Direct body for '" + TEXTS.get(0) + "' near " + POSTAL_CODES.get(0) + ": "
				+ directBodies.get(TEXTS.get(0) + "|" + POSTAL_CODES.get(0)));
	}

	/**
	 * Both sides find the same first page, in the same order, for every text and postal
	 * code.
	 */
	private static void checkSameResults(URI graphQl, Map<String, String> apiBodies, URI direct,
			Map<String, String> directBodies) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String key : apiBodies.keySet()) {
			JsonNode api = JSON.readTree(post(http, graphQl, apiBodies.get(key))).path("data").path("trainingOffers");
			List<String> apiIds = new ArrayList<>();
			api.path("edges").forEach((edge) -> apiIds.add(edge.path("node").path("id").asText()));
			JsonNode hits = JSON.readTree(post(http, direct, directBodies.get(key))).path("hits").path("hits");
			List<String> directIds = new ArrayList<>();
			hits.forEach((hit) -> directIds
				.add(GlobalIds.of(ContentKind.TRAINING_OFFERS, hit.path("_source").path("id").asText())));
			assertThat(apiIds).as("first page for %s", key)
				.isNotEmpty()
				.isEqualTo(directIds.subList(0, Math.min(20, directIds.size())));
			assertThat(api.path("pageInfo").path("hasNextPage").asBoolean()).as("next page for %s", key)
				.isEqualTo(directIds.size() > 20);
		}
	}

	private static void profile(URI direct, Map<String, String> directBodies) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < TEXTS.size(); i++) {
			ObjectNode body = (ObjectNode) JSON.readTree(directBodies.get(TEXTS.get(i) + "|" + POSTAL_CODES.get(0)));
			body.put("profile", true);
			Files.writeString(Path.of("target", "benchmarks", "profile-" + i + ".json"),
					post(http, direct, JSON.writeValueAsString(body)));
		}
	}

	private static String post(HttpClient http, URI uri, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

}
