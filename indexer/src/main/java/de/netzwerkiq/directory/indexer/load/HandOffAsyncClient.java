package de.netzwerkiq.directory.indexer.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/**
 * The async client the {@code BulkIngester} sends with, except that a bulk's outcome is
 * handed to another thread. Without that, a bulk refused at connection time
 * (Elasticsearch restarting) completes on the HTTP client's I/O thread while it holds the
 * connection pool's lock, the ingester's completion handler then waits for the ingester's
 * lock, and the thread adding documents, holding the ingester's lock, waits for a
 * connection: a deadlock that hung a reindex for good (found by
 * {@code ElasticsearchRestartIntegrationTests}).
 */
final class HandOffAsyncClient extends ElasticsearchAsyncClient {

	private final Executor executor;

	HandOffAsyncClient(ElasticsearchClient client, Executor executor) {
		super(client._transport(), client._transportOptions());
		this.executor = executor;
	}

	@Override
	public CompletableFuture<BulkResponse> bulk(BulkRequest request) {
		CompletableFuture<BulkResponse> handedOff = new CompletableFuture<>();
		// whenCompleteAsync runs on the executor for failures too (thenApplyAsync would
		// not).
		super.bulk(request).whenCompleteAsync((response, failure) -> {
			if (failure != null) {
				handedOff.completeExceptionally(failure);
			}
			else {
				handedOff.complete(response);
			}
		}, this.executor);
		return handedOff;
	}

}
