package de.netzwerkiq.directory.api.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as caches, CDNs and browsers on other sites see it: GET with
 * Cache-Control and ETag, then 304; persisted documents by hash; CORS per origin;
 * compressed answers.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "spring.graphql.cors.allowed-origins=https://finder.example")
class HttpIntegrationTests {

	private static final String QUERY = "{ adviceCentres(first: 3) { edges { node { slug } } } }";

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void aGetAnswerCanBeCachedAndARepeatGets304() {
		var first = this.http.get()
			.uri(get(QUERY, null, null))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
			.expectHeader()
			.values(HttpHeaders.VARY, (vary) -> assertThat(vary).contains("Accept-Language"))
			.expectBody()
			.jsonPath("$.data.adviceCentres.edges.length()")
			.isEqualTo(3)
			.returnResult();
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).isNotBlank();
		this.http.get()
			.uri(get(QUERY, null, null))
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	@Test
	void anAnswerWithErrorsIsNotCached() {
		this.http.get()
			.uri(get("{ adviceCentres(first: 500) { totalCount } }", null, null))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectHeader()
			.doesNotExist(HttpHeaders.ETAG)
			.expectBody()
			.jsonPath("$.errors[0].extensions.argument")
			.isEqualTo("first");
	}

	@Test
	void aMutationOverGetIsRefusedWith405() {
		this.http.get()
			.uri(get("mutation { reindex(kind: CURRICULA) { id } }", null, null))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((m) -> assertThat((String) m).contains("Mutations are sent with POST"));
	}

	@Test
	void badGetParametersGetA400ThatSaysWhy() {
		this.http.get()
			.uri(UriComponentsBuilder.fromUriString("http://localhost:" + this.port + "/graphql")
				.queryParam("query", "{q}")
				.queryParam("variables", "{v}")
				.encode()
				.buildAndExpand(QUERY, "not json")
				.toUri())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("The variables parameter must be a JSON object");
		this.http.get()
			.uri("/graphql")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((m) -> assertThat((String) m).startsWith("A GET needs a query parameter"));
	}

	@Test
	void aDocumentIsRegisteredOnceThenFetchedByItsHash() {
		String document = "{ curricula(first: 2) { edges { node { slug } } } }";
		String hash = PersistedDocuments.sha256(document);
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		this.http.get()
			.uri(get(null, null, extensions))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound");
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document, "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
			.exchange()
			.expectBody()
			.jsonPath("$.data.curricula.edges.length()")
			.isEqualTo(2);
		this.http.get()
			.uri(get(null, null, extensions))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.curricula.edges.length()")
			.isEqualTo(2);
	}

	@Test
	void aHashThatDoesNotMatchItsDocumentIsRefused() {
		String wrong = "0".repeat(64);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", QUERY, "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", wrong))))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((m) -> assertThat((String) m).contains("does not match the document"))
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void aTrustedDocumentShippedWithTheApiIsKnownByHash() throws Exception {
		String trusted = new ClassPathResource("graphql-documents/trusted-centres.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedDocuments.sha256(trusted)
				+ "\"}}";
		this.http.get()
			.uri(get(null, "{\"first\":4}", extensions))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.adviceCentres.edges.length()")
			.isEqualTo(4);
	}

	@Test
	void corsPreflightIsAllowedForAConfiguredOriginAndDeniedForOthers() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://finder.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://finder.example")
			.expectHeader()
			.valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ".*POST.*");
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		this.http.method(HttpMethod.GET)
			.uri(get(QUERY, null, null))
			.header(HttpHeaders.ORIGIN, "https://finder.example")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://finder.example");
	}

	@Test
	void largeAnswersAreCompressed() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.bodyValue(Map.of("query", "{ adviceCentres(first: 50) { edges { node { slug title { text } } } } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
	}

	private java.net.URI get(String query, String variables, String extensions) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString("http://localhost:" + this.port + "/graphql");
		Map<String, String> values = new java.util.LinkedHashMap<>();
		if (query != null) {
			uri.queryParam("query", "{query}");
			values.put("query", query);
		}
		if (variables != null) {
			uri.queryParam("variables", "{variables}");
			values.put("variables", variables);
		}
		if (extensions != null) {
			uri.queryParam("extensions", "{extensions}");
			values.put("extensions", extensions);
		}
		return uri.encode().buildAndExpand(values).toUri();
	}

}
