package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
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

	/**
	 * Deletes these documents in one request, refreshed so that the next search no longer
	 * finds them (the minimal node has no {@code _delete_by_query}). An item another
	 * process deleted first answers 404: its error is set, in the order of the ids.
	 */
	static BulkResponse delete(ElasticsearchClient client, String index, List<String> ids) throws IOException {
		List<BulkOperation> deletes = ids.stream()
			.map((id) -> BulkOperation.of((o) -> o.delete((d) -> d.index(index).id(id))))
			.toList();
		return client.bulk((b) -> b.refresh(Refresh.True).operations(deletes));
	}

}
