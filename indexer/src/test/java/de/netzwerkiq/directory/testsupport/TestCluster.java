package de.netzwerkiq.directory.testsupport;

import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import de.netzwerkiq.directory.indexer.index.ElasticsearchClients;

/**
 * The Elasticsearch cluster that every integration test in this JVM shares.
 *
 * @param uri its HTTP address
 * @param description what it is (external, container, local node) for test logs
 * @param stopper stops it at the end of the test run (nothing for an external cluster)
 */
public record TestCluster(URI uri, String description, AutoCloseable stopper) {

	/** A new client for this cluster; close its transport when done. */
	public ElasticsearchClient newClient() {
		return ElasticsearchClients.connect(List.of(this.uri));
	}

	/** The cluster, started on first use. */
	public static TestCluster shared() {
		return TestClusters.shared();
	}

}
