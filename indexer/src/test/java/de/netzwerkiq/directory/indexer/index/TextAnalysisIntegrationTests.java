package de.netzwerkiq.directory.indexer.index;

import java.io.IOException;
import java.io.InputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;

import static org.assertj.core.api.Assertions.assertThat;

@ElasticsearchIntegrationTest
class TextAnalysisIntegrationTests {

	@Test
	void choosesLanguageAnalyzersExactlyWhenTheClusterHasAnalysisCommon(TestCluster cluster) throws IOException {
		ElasticsearchClient client = cluster.newClient();
		try {
			boolean hasAnalysisCommon;
			// Asked independently of the typed client, straight from the REST API.
			try (InputStream body = ((RestClientTransport) client._transport()).restClient()
				.performRequest(new Request("GET", "/_nodes/modules"))
				.getEntity()
				.getContent()) {
				hasAnalysisCommon = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
					.contains("\"name\":\"analysis-common\"");
			}
			assertThat(TextAnalysis.probe(client).languageAnalyzers()).isEqualTo(hasAnalysisCommon);
			if (cluster.description().startsWith("local node")) {
				assertThat(hasAnalysisCommon).as("the minimal distribution has no analysis-common").isFalse();
			}
		}
		finally {
			client._transport().close();
		}
	}

}
