package de.netzwerkiq.directory.testsupport;

import java.net.URI;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

import de.netzwerkiq.directory.localnode.ElasticsearchDistribution;
import de.netzwerkiq.directory.localnode.LocalElasticsearchNode;
import de.netzwerkiq.directory.localnode.LocalNodeSettings;

/**
 * Chooses, once per JVM: an external cluster when {@code iq.test.elasticsearch.uris} (a
 * system property) or {@code SPRING_ELASTICSEARCH_URIS} is set; else Testcontainers'
 * Elasticsearch when a Docker engine answers (skip the probe with
 * {@code -Diq.test.elasticsearch.docker=false}); else the local node from the
 * distribution the build resolved. The node's heap is 512 MB unless
 * {@code iq.test.elasticsearch.heap} says otherwise (e.g. {@code 1g} for the
 * million-record point of the scale benchmark).
 */
final class TestClusters {

	static final String URIS_PROPERTY = "iq.test.elasticsearch.uris";

	static final String HEAP_PROPERTY = "iq.test.elasticsearch.heap";

	private static TestCluster shared;

	private TestClusters() {
	}

	static synchronized TestCluster shared() {
		if (shared == null) {
			shared = start();
			System.out.println("[test-support] Elasticsearch for this test JVM: " + shared.description());
		}
		return shared;
	}

	static synchronized void stop() throws Exception {
		if (shared != null) {
			shared.stopper().close();
			shared = null;
		}
	}

	private static TestCluster start() {
		String uris = System.getProperty(URIS_PROPERTY, System.getenv("SPRING_ELASTICSEARCH_URIS"));
		if (uris != null && !uris.isBlank()) {
			URI uri = URI.create(uris.split(",")[0].trim());
			return new TestCluster(uri, "external cluster at " + uri, () -> {
			});
		}
		String heap = System.getProperty(HEAP_PROPERTY, "512m");
		if (!"false".equals(System.getProperty("iq.test.elasticsearch.docker")) && dockerAvailable()) {
			ElasticsearchContainer container = new ElasticsearchContainer(
					DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch")
						.withTag(ElasticsearchDistribution.buildVersion()))
				.withEnv("xpack.security.enabled", "false")
				.withEnv("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
			container.start();
			URI uri = URI.create("http://" + container.getHttpHostAddress());
			return new TestCluster(uri, "Testcontainers Elasticsearch at " + uri, container::stop);
		}
		LocalElasticsearchNode node = LocalElasticsearchNode.start(LocalNodeSettings.defaults().withHeap(heap));
		return new TestCluster(node.httpUri(), "local node at " + node.httpUri() + " (log " + node.logFile() + ")",
				node::close);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
