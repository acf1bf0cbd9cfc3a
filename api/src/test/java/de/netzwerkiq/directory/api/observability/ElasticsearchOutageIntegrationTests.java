package de.netzwerkiq.directory.api.observability;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.testsupport.RestartableNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch frozen, then stopped under a running API, then started again: searches
 * fail with a clear error within the 2 s bound and readiness goes DOWN (liveness stays
 * UP, so nothing restarts the API); once Elasticsearch is back, both recover without a
 * restart. Runs in a JVM of its own (failsafe execution {@code outage}), because it stops
 * its node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "iq.sample-content.load=true", "iq.index.prefix=outage-" })
@ExtendWith(OutputCaptureExtension.class)
class ElasticsearchOutageIntegrationTests {

	private static final String QUERY = "{ adviceCentres(first: 1) { totalCount } }";

	private static RestartableNode node;

	@LocalServerPort
	private int apiPort;

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		node = RestartableNode.start("outage");
		registry.add("spring.elasticsearch.uris", () -> node.uri().toString());
	}

	@AfterAll
	static void stop() throws IOException {
		node.close();
	}

	@Test
	void aSlowOrLostElasticsearchIsAClearErrorWithinTheBoundAndTheApiRecoversByItself(CapturedOutput output) {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.apiPort)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		assertThat(totalCount(http)).isPositive();
		readiness(http, 200, "UP");

		// Slow: the node frozen (SIGSTOP) accepts connections and never answers.
		node.signal("STOP");
		try {
			long started = System.nanoTime();
			http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", QUERY))
				.exchange()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAVAILABLE");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1900),
					Duration.ofMillis(3000));
			// Elasticsearch's check and the alias check each wait out their 2 s.
			started = System.nanoTime();
			readiness(http, 503, "DOWN");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(6000));
		}
		finally {
			node.signal("CONT");
		}
		assertThat(totalCount(http)).as("answers again once the node is back").isPositive();
		readiness(http, 200, "UP");

		// Down: the node stopped.
		node.stop();
		long started = System.nanoTime();
		http.post()
			.uri("/graphql")
			.header("X-Request-Id", "outage-check-0001")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", QUERY))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Search is unavailable right now; please retry shortly");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		// The operator finds the failed request in the log by the id the user saw.
		assertThat(output.getAll()).containsPattern("\\[outage-check-0001\\] .*Search unavailable");
		started = System.nanoTime();
		readiness(http, 503, "DOWN");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

		node.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Long count = null;
		while (count == null && System.nanoTime() < deadline) {
			count = totalCount(http);
		}
		assertThat(count).as("answers again after the restart").isPositive();
		readiness(http, 200, "UP");
	}

	/** The total, or null while the search fails. */
	private static Long totalCount(WebTestClient http) {
		Map<?, ?> body = http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", QUERY))
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		if (body == null || body.get("data") == null || body.containsKey("errors")) {
			return null;
		}
		Object total = ((Map<?, ?>) ((Map<?, ?>) body.get("data")).get("adviceCentres")).get("totalCount");
		return ((Number) total).longValue();
	}

	private static void readiness(WebTestClient http, int status, String state) {
		http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(state);
	}

}
