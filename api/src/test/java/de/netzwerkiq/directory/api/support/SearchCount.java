package de.netzwerkiq.directory.api.support;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * How many query phases the cluster has run so far: unchanged across a request proves the
 * request never reached Elasticsearch. Valid while no other test searches the same node
 * meanwhile (the tests of one JVM run one after the other).
 */
public final class SearchCount {

	private SearchCount() {
	}

	public static long of(ElasticsearchClient client) throws IOException {
		return client.nodes()
			.stats((s) -> s.metric("indices"))
			.nodes()
			.values()
			.stream()
			.mapToLong((n) -> n.indices().search().queryTotal())
			.sum();
	}

}
