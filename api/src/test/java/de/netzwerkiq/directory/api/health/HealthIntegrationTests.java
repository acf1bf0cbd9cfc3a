package de.netzwerkiq.directory.api.health;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

@ApiIntegrationTest
class HealthIntegrationTests {

	@LocalServerPort
	private int port;

	@Test
	void healthIncludesElasticsearch() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP");
	}

}
