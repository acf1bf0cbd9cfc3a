package de.netzwerkiq.directory.api.support;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * How many query phases the cluster has run so far on the indices of one API (its index
 * prefix): unchanged across a request proves the request never reached Elasticsearch.
 * Other APIs of the same test JVM may be working meanwhile (the contexts of earlier test
 * classes stay alive, and their webhooks poll what they owe), so only this one's indices
 * count.
 */
public final class SearchCount {

	private SearchCount() {
	}

	public static long of(ElasticsearchClient client, IndexNames names) throws IOException {
		return client.indices()
			.stats((s) -> s.index(names.prefix() + "*").metric("search"))
			.all()
			.total()
			.search()
			.queryTotal();
	}

}
