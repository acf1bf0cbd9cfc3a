package de.netzwerkiq.directory.api.limits;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.SearchCount;
import de.netzwerkiq.directory.indexer.index.IndexNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limits of the public API: each is refused with an error naming the limit
 * and both figures, before Elasticsearch is asked (its search count does not move), and
 * every answer reports its cost.
 */
@ApiIntegrationTest
class LimitsIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private IndexNames names;

	@LocalServerPort
	private int port;

	@Test
	void everyAnswerReportsItsCostAgainstTheBudget() {
		var response = this.graphQl
			.document("{ adviceCentres(first: 20) { totalCount edges { cursor node { slug title { text } } } } }")
			.execute()
			.returnResponse();
		assertThat(response.getErrors()).isEmpty();
		Map<Object, Object> cost = response.getExtensions();
		@SuppressWarnings("unchecked")
		Map<String, Object> figures = (Map<String, Object>) cost.get("cost");
		// 1 + 10 for the search, 1 for totalCount and 20 × (edges, cursor, node, slug,
		// title, text).
		assertThat(figures).containsEntry("requested", 1 + 10 + 1 + 20 * 6).containsEntry("limit", 10000);
	}

	@Test
	void tooManyAliasesAreRefusedBeforeSearching() throws IOException {
		String aliases = IntStream.rangeClosed(1, 31)
			.mapToObj((i) -> "s" + i + ": slug")
			.collect(Collectors.joining(" "));
		refusedWithoutSearching("{ adviceCentres(first: 1) { edges { node { " + aliases + " } } } }", "maxAliases", 30,
				31, "The query uses 31 aliases; the limit is 30");
		assertThat(errors("{ adviceCentres(first: 1) { edges { node { "
				+ IntStream.rangeClosed(1, 30).mapToObj((i) -> "s" + i + ": slug").collect(Collectors.joining(" "))
				+ " } } } }"))
			.isEmpty();
	}

	@Test
	void aliasesBehindFragmentsCountOncePerUse() throws IOException {
		String fragment = "fragment F on AdviceCentre { "
				+ IntStream.rangeClosed(1, 8).mapToObj((i) -> "s" + i + ": slug").collect(Collectors.joining(" "))
				+ " }";
		refusedWithoutSearching(
				"{ adviceCentres(first: 1) { edges { node { ...F ... on AdviceCentre { ...F } "
						+ "... on AdviceCentre { ...F } ... on AdviceCentre { ...F } } } } } " + fragment,
				"maxAliases", 30, 32, "32 aliases");
	}

	@Test
	void tooManyDirectivesAreRefused() throws IOException {
		String fields = IntStream.rangeClosed(1, 51)
			.mapToObj((i) -> "slug @include(if: true)")
			.collect(Collectors.joining(" "));
		refusedWithoutSearching("{ adviceCentres(first: 1) { edges { node { " + fields + " } } } }", "maxDirectives",
				50, 51, "The query uses 51 directives; the limit is 50");
	}

	@Test
	void aQueryOverTheCostBudgetIsRefusedWithItsCost() throws IOException {
		String node = "node { slug recordId sourceLanguage provider title { text language fallback } summary { text } "
				+ "topics federalStates venues { name address { street postalCode city } location { lat lon } } }";
		String searches = IntStream.rangeClosed(1, 6)
			.mapToObj((i) -> "t" + i + ": trainingOffers(first: 100) { edges { cursor " + node + " } }")
			.collect(Collectors.joining(" "));
		ResponseError error = refusedWithoutSearching("{ " + searches + " }", "maxCost", 10000, -1,
				"the limit is 10000");
		assertThat(((Number) error.getExtensions().get("actual")).longValue()).isGreaterThan(10000);
	}

	@Test
	void fragmentsThatExpandExponentiallyAreMeasuredNotExpanded() throws IOException {
		StringBuilder document = new StringBuilder("{ adviceCentres(first: 100) { edges { node { ...F0 } } } }");
		for (int i = 0; i < 30; i++) {
			document.append(" fragment F")
				.append(i)
				.append(" on AdviceCentre { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		document.append(" fragment F30 on AdviceCentre { slug }");
		long started = System.nanoTime();
		refusedWithoutSearching(document.toString(), "maxCost", 10000, -1, "the limit is 10000");
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(2000);
	}

	@Test
	void anOverlongDocumentIsRefusedBeforeParsing() throws IOException {
		String document = "{ adviceCentres(first: 1) { totalCount } }\n#" + "x".repeat(33 * 1024);
		refusedWithoutSearching(document, "maxDocumentSize", 32768, document.length(), "the limit is 32768");
	}

	@Test
	void anOverlongBodyGets413WithoutBeingRead() {
		String body = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}}";
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo("maxRequestSize")
			.jsonPath("$.errors[0].extensions.maximum")
			.isEqualTo(256 * 1024);
	}

	private ResponseError refusedWithoutSearching(String document, String limit, long maximum, long actual,
			String message) throws IOException {
		long before = searches();
		List<ResponseError> errors = errors(document);
		assertThat(searches()).as("searches run by Elasticsearch").isEqualTo(before);
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
			assertThat(error.getMessage()).contains(message);
			assertThat(error.getExtensions()).containsEntry("limit", limit);
			assertThat(((Number) error.getExtensions().get("maximum")).longValue()).isEqualTo(maximum);
			if (actual >= 0) {
				assertThat(((Number) error.getExtensions().get("actual")).longValue()).isEqualTo(actual);
			}
		});
		return errors.get(0);
	}

	private List<ResponseError> errors(String document) {
		return this.graphQl.document(document).execute().returnResponse().getErrors();
	}

	private long searches() throws IOException {
		return SearchCount.of(this.client, this.names);
	}

}
