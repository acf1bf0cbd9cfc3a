package de.netzwerkiq.directory.api.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

/**
 * Editors with JWT bearer tokens beside API keys: a valid token with the editor role may
 * use editor operations; one without the role is told so; a forged or expired token, and
 * a token that is neither, are refused with 401 before anything runs; API keys keep
 * working.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "iq.security.jwt-secret=" + JwtEditorIntegrationTests.SECRET)
class JwtEditorIntegrationTests {

	static final String SECRET = "test-jwt-secret-of-at-least-32-bytes-0123456789";

	private static final String EDITOR_QUERY = "{ reindexRuns(last: 1) { kind } }";

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void aTokenWithTheEditorRoleMayUseEditorOperations() throws JOSEException {
		send(token(SECRET, List.of("editor"), Instant.now().plusSeconds(300))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.reindexRuns")
			.isArray();
	}

	@Test
	void aTokenWithoutTheRoleIsToldWhatIsMissing() throws JOSEException {
		send(token(SECRET, List.of("reader"), Instant.now().plusSeconds(300))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
	}

	@Test
	void forgedExpiredAndMalformedTokensAreRefusedWith401() throws JOSEException {
		for (String token : List.of(
				token("another-secret-of-at-least-32-bytes-99999", List.of("editor"), Instant.now().plusSeconds(300)),
				token(SECRET, List.of("editor"), Instant.now().minusSeconds(120)),
				"eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJlZGl0b3IiXX0.")) {
			send(token).expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAUTHORIZED")
				.jsonPath("$.errors[0].message")
				.value((message) -> org.assertj.core.api.Assertions.assertThat((String) message)
					.startsWith("The bearer token is not valid"));
		}
	}

	@Test
	void apiKeysKeepWorkingBesideTokens() {
		send(ApiIntegrationTest.EDITOR_KEY).expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist();
		send("not-a-key-and-not-a-token").expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec send(String bearer) {
		return this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", EDITOR_QUERY))
			.exchange();
	}

	private static String token(String secret, List<String> roles, Instant expires) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().subject("editor@example.org")
					.claim("roles", roles)
					.issueTime(Date.from(Instant.now().minusSeconds(600)))
					.expirationTime(Date.from(expires))
					.build());
		jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

}
