package de.netzwerkiq.directory.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import de.netzwerkiq.directory.api.elasticsearch.EmbeddedElasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The README's first command, in a test: with no Elasticsearch configured the app starts
 * its own node, loads the sample content, answers, and takes the node down on close.
 * Failsafe runs this class in a JVM of its own, so it is that JVM's one node.
 */
class EmbeddedDefaultIntegrationTests {

	@Test
	void startsItsOwnNodeLoadsTheSampleAnswersAndStopsTheNodeOnClose() throws Exception {
		assumeThat(System.getenv("SPRING_ELASTICSEARCH_URIS")).as("an external cluster is configured").isNull();
		List<ProcessHandle> nodeProcesses;
		ConfigurableApplicationContext app = new SpringApplicationBuilder(IqDirectoryApplication.class)
			.run("--server.port=0");
		try {
			nodeProcesses = app.getBean(EmbeddedElasticsearch.class).processes();
			assertThat(nodeProcesses).isNotEmpty().allMatch(ProcessHandle::isAlive);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"""
									{"query":"{ nearestAdviceCentres(near: {lat: 52.52, lon: 13.405}, first: 1) { distanceMeters nearestOffice { address { city } } } }"}
									"""))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"city\":\"Berlin\"").doesNotContain("errors");
		}
		finally {
			app.close();
		}
		assertThat(nodeProcesses).noneMatch(ProcessHandle::isAlive);
	}

}
