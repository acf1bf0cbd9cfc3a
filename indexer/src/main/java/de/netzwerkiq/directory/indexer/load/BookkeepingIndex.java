package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;

/** The small indices the indexer keeps for itself (locks, run reports). */
final class BookkeepingIndex {

	private BookkeepingIndex() {
	}

	/** Creates the index unless it exists; another process creating it first is fine. */
	static void ensure(ElasticsearchClient client, String index,
			Function<TypeMapping.Builder, ObjectBuilder<TypeMapping>> mapping) throws IOException {
		if (client.indices().exists((e) -> e.index(index)).value()) {
			return;
		}
		try {
			client.indices()
				.create((c) -> c.index(index)
					.settings((s) -> s.numberOfShards("1").autoExpandReplicas("0-1"))
					.mappings(mapping));
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

}
