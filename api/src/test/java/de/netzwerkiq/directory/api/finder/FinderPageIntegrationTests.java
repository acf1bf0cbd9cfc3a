package de.netzwerkiq.directory.api.finder;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference finder as a browser loads it: the page at {@code /finder/}, its scripts
 * and documents, and each document run against the real node with the variables the page
 * sends on a first page. (The browser tests of issue 9 come on top.)
 */
@ApiIntegrationTest
class FinderPageIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private HttpGraphQlTester graphQl;

	private WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void thePageIsServedAtFinderAndTheBarePathRedirectsThere() {
		this.http.get()
			.uri("/finder")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/finder/"));
		this.http.get()
			.uri("/finder/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<main").contains("finder.js"));
		for (String file : new String[] { "finder.js", "i18n.js", "finder.css", "germany-states.json",
				"documents/trainingOffers.graphql" }) {
			this.http.get().uri("/finder/" + file).exchange().expectStatus().isOk();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "adviceCentres", "trainingOffers", "curricula", "startUpResources" })
	void eachSearchDocumentAnswersAFirstPageWithoutErrors(String name) throws Exception {
		String document = FinderDocuments.text(name);
		Map<String, Object> connection = this.graphQl.document(document)
			.variables(Map.of("text", "Anerkennung", "language", "ar"))
			.execute()
			.errors()
			.verify()
			.path(name)
			.entity(Map.class)
			.get();
		assertThat(connection).containsKeys("edges", "pageInfo");
	}

	@Test
	void theSyncDocumentAnswersEveryAdviceCentreInPagesAndThenAToken() {
		String document = FinderDocuments.text("sync");
		long live = this.graphQl.document("{ adviceCentres { totalCount } }")
			.execute()
			.path("adviceCentres.totalCount")
			.entity(Long.class)
			.get();
		long records = 0;
		String token = null;
		boolean more = true;
		while (more) {
			Map<String, Object> page = this.graphQl.document(document)
				.variables(variables(token))
				.execute()
				.errors()
				.verify()
				.path("sync")
				.entity(Map.class)
				.get();
			records += ((java.util.List<?>) page.get("records")).size();
			token = (String) page.get("token");
			more = (Boolean) page.get("hasMore");
		}
		assertThat(records).isEqualTo(live);
		assertThat(token).isNotBlank();
	}

	private static Map<String, Object> variables(String token) {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("kind", "ADVICE_CENTRES", "language", "ar"));
		variables.put("token", token);
		return variables;
	}

	@Test
	void theSuggestDocumentAnswers() throws Exception {
		String document = FinderDocuments.text("suggest");
		this.graphQl.document(document).variables(Map.of("prefix", "Ber")).execute().errors().verify();
	}

}
