package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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

	/** Tries of a bulk request that cannot reach a node. */
	private static final int MAX_ATTEMPTS = 5;

	private final Executor executor;

	HandOffAsyncClient(ElasticsearchClient client, Executor executor) {
		super(client._transport(), client._transportOptions());
		this.executor = executor;
	}

	@Override
	public CompletableFuture<BulkResponse> bulk(BulkRequest request) {
		CompletableFuture<BulkResponse> handedOff = new CompletableFuture<>();
		send(request, 1, handedOff);
		return handedOff;
	}

	/**
	 * A bulk request that could not reach a node (killed, restarting: "Connection
	 * refused", a broken connection, a 5xx) is sent again after a pause: 0.5, 1, 2, 4 s,
	 * by when the client sends it to another node. Every operation has its id, so sending
	 * one twice indexes it once. Before, its 500 records were reported as refused, and a
	 * reindex that lost a node mid-load could swap with them missing (a clean-clone run
	 * of the failover suite published 19,500 of 20,000).
	 */
	private void send(BulkRequest request, int attempt, CompletableFuture<BulkResponse> result) {
		// whenCompleteAsync runs on the executor for failures too (thenApplyAsync would
		// not).
		super.bulk(request).whenCompleteAsync((response, failure) -> {
			if (failure == null) {
				result.complete(response);
			}
			else if (attempt < MAX_ATTEMPTS && unreachable(failure)) {
				CompletableFuture.delayedExecutor(250L << attempt, TimeUnit.MILLISECONDS, this.executor)
					.execute(() -> send(request, attempt + 1, result));
			}
			else {
				result.completeExceptionally(failure);
			}
		}, this.executor);
	}

	private static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException answered) {
				return answered.status() >= 500;
			}
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

}
