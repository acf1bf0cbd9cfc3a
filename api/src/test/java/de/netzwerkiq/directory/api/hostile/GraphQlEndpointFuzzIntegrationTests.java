package de.netzwerkiq.directory.api.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing (Jazzer) of the GraphQL endpoint over HTTP, in fuzzing mode for
 * a bounded time (failsafe execution {@code fuzz}; elsewhere only the saved inputs run):
 * raw bodies, fuzzed documents, the finder's real queries with fuzzed variables, and any
 * field of the schema with every argument fuzzed by its type ({@link SchemaArguments}).
 * Whatever arrives, the API must never answer 5xx, never report an internal error, and
 * always answer in well under its time limit.
 */
@ApiIntegrationTest
class GraphQlEndpointFuzzIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Real queries whose variables the fuzzer fills. */
	private static final List<String> DOCUMENTS = List.of(
			"query($text: String, $first: Int!, $after: String) { trainingOffers(text: $text, first: $first, after: $after) "
					+ "{ totalCount edges { cursor node { title { text } } highlights { fragments } } } }",
			"query($postalCode: String, $place: String, $radius: Float) { adviceCentres(near: {postalCode: $postalCode, "
					+ "place: $place, radiusKm: $radius}) { origin { name } edges { distanceMeters } } }",
			"query($lat: Float!, $lon: Float!, $zoom: Int!) { search(near: {point: {lat: $lat, lon: $lon}}, first: 5) "
					+ "{ clusters(zoom: $zoom) { count } facets { field values { value count } } } }",
			"query($prefix: String!, $language: String) { suggest(prefix: $prefix, language: $language) "
					+ "{ titles { text } places { name } } }",
			"query($id: ID!) { node(id: $id) { id } }");

	/**
	 * Every field of the schema with fuzzed arguments, not only the real queries above.
	 */
	private static final SchemaArguments SCHEMA = new SchemaArguments();

	@LocalServerPort
	private int port;

	@FuzzTest(maxDuration = "60s")
	void theEndpointNeverFailsInternally(FuzzedDataProvider data) throws Exception {
		// Requests to the API and its Elasticsearch, both on this machine, are the point;
		// anywhere else would be a finding.
		BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") || host.equals("127.0.0.1"));
		HttpRequest request = switch (data.consumeInt(0, 4)) {
			case 0 -> post("application/json", data.consumeRemainingAsBytes());
			case 1 ->
				post("application/json", JSON.writeValueAsBytes(Map.of("query", data.consumeRemainingAsString())));
			case 2 -> {
				String document = DOCUMENTS.get(data.consumeInt(0, DOCUMENTS.size() - 1));
				Map<String, Object> variables = new LinkedHashMap<>();
				variables.put("text", data.consumeString(250));
				variables.put("first", data.consumeInt(-5, 150));
				variables.put("after", data.consumeBoolean() ? data.consumeString(300) : null);
				variables.put("postalCode", data.consumeBoolean() ? data.consumeString(8) : null);
				variables.put("place", data.consumeBoolean() ? data.consumeString(60) : null);
				variables.put("radius", data.consumeBoolean() ? data.consumeDouble() : null);
				variables.put("lat", data.consumeDouble());
				variables.put("lon", data.consumeDouble());
				variables.put("zoom", data.consumeInt(-3, 30));
				variables.put("prefix", data.consumeString(120));
				variables.put("language", data.consumeString(6));
				variables.put("id", data.consumeRemainingAsString());
				yield post("application/json",
						JSON.writeValueAsBytes(Map.of("query", document, "variables", variables)));
			}
			case 4 -> post("application/json", JSON.writeValueAsBytes(SCHEMA.request(data)));
			default -> HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?query="
						+ URLEncoder.encode(data.consumeRemainingAsString(), StandardCharsets.UTF_8)))
				.timeout(Duration.ofSeconds(10))
				.GET()
				.build();
		};
		long started = System.nanoTime();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		if (response.statusCode() == 200) {
			JsonNode body = JSON.readTree(response.body());
			for (JsonNode error : body.path("errors")) {
				assertThat(error.path("extensions").path("classification").asText()).as(response.body())
					.isNotEqualTo("INTERNAL_ERROR");
				assertThat(error.path("message").asText()).isNotBlank();
			}
		}
	}

	private HttpRequest post(String type, byte[] body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

}
