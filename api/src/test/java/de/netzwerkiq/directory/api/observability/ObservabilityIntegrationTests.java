package de.netzwerkiq.directory.api.observability;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator on call sees: health for the load balancer, metrics for Prometheus,
 * request ids in the logs, and no search text or location in them.
 */
@ApiIntegrationTest
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void readinessNeedsElasticsearchAndEveryAliasWhileLivenessDoesNot() {
		var readiness = this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP")
			.jsonPath("$.components.contentAliases.status")
			.isEqualTo("UP");
		for (ContentKind kind : ContentKind.values()) {
			readiness.jsonPath("$.components.contentAliases.details['" + kind.slug() + "']")
				.value((index) -> assertThat((String) index).contains(kind.slug() + "-"));
		}
		this.http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components")
			.doesNotExist();
	}

	@Test
	void prometheusShowsRequestTimingsByOperationAndElasticsearchLatency() {
		graphQl("query FinderList { adviceCentres(first: 2) { totalCount } }");
		graphQl("query Nonsense_" + "x".repeat(60) + " { adviceCentres(first: 1) { totalCount } }");
		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics)
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"FinderList\"")
			// Overlong names from clients do not become series of their own.
			.doesNotContain("Nonsense_x")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"other\"")
			.containsPattern("iq_elasticsearch_requests_seconds_count\\{[^}]*endpoint=\"_search\"[^}]*status=\"200\"")
			.containsPattern("iq_elasticsearch_requests_seconds_count\\{[^}]*endpoint=\"_bulk\"");
	}

	@Test
	void reindexRunsAndTheirRejectedRecordsAreCounted() throws InterruptedException {
		this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "mutation { reindex(kind: CURRICULA) { id } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.data.reindex.id")
			.exists();
		String metrics = "";
		for (int i = 0; i < 100 && !metrics.contains("iq_reindex_runs_total{kind=\"curricula\""); i++) {
			Thread.sleep(200);
			metrics = this.http.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
		}
		assertThat(metrics).contains("iq_reindex_runs_total{kind=\"curricula\",outcome=\"swapped\"} 1.0")
			.contains("iq_reindex_rejected_records_total{kind=\"curricula\"} 0.0");
	}

	@Test
	void everyRequestHasAnIdAndAMalformedOneIsReplaced() {
		String given = "edge-7f3a9c21-request";
		this.http.post()
			.uri("/graphql")
			.header("X-Request-Id", given)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ adviceCentres(near: {postalCode: \"00000\"}) { totalCount } }"))
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", given);
		this.http.post()
			.uri("/graphql")
			.header("X-Request-Id", "not an id; DROP TABLE")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectHeader()
			.valueMatches("X-Request-Id", "[0-9a-f-]{36}");
	}

	@Test
	void searchTextAndLocationsStayOutOfTheLogByDefault(CapturedOutput output) {
		graphQl("{ trainingOffers(text: \"Zebrastreifenprivattext\", near: {point: {lat: 52.987654, lon: 13.456789}, "
				+ "radiusKm: 5}) { totalCount } }");
		graphQl("{ adviceCentres(near: {postalCode: \"99999\"}) { totalCount } }");
		assertThat(output.getAll()).doesNotContain("Zebrastreifenprivattext")
			.doesNotContain("52.987654")
			.doesNotContain("13.456789");
	}

	private void graphQl(String document) {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
