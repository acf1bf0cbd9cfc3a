package de.netzwerkiq.directory.indexer.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import co.elastic.clients.util.BinaryData;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.source.SourcePosition;
import de.netzwerkiq.directory.indexer.source.Rejection;

/**
 * Streams documents into one index with the client's {@link BulkIngester}; every item
 * Elasticsearch refuses is reported against the source line it came from.
 */
final class BulkLoad implements AutoCloseable {

	private final String index;

	private final BulkIngester<SourcePosition> ingester;

	private final List<Rejection> failures = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong indexed = new AtomicLong();

	/** Records whose bulk request never reached Elasticsearch, after its repeats. */
	private final AtomicLong unsent = new AtomicLong();

	/** Where bulk outcomes are handled; see {@link HandOffAsyncClient}. */
	private final ExecutorService outcomes = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "bulk-outcome");
		thread.setDaemon(true);
		return thread;
	});

	BulkLoad(ElasticsearchClient client, String index, int maxOperations) {
		this.index = index;
		this.ingester = BulkIngester.of((b) -> b.client(new HandOffAsyncClient(client, this.outcomes))
			.maxOperations(maxOperations)
			.maxSize(5L * 1024 * 1024)
			// One request being built while two are in flight keeps every core of a small
			// cluster busy.
			.maxConcurrentRequests(2)
			.flushInterval(1, TimeUnit.SECONDS)
			// Items Elasticsearch refuses with 429 (too busy) are retried: 0.1, 0.2, 0.4
			// ... 6.4 s.
			.backoffPolicy(BackoffPolicy.exponentialBackoff(100L, 7))
			.listener(new Listener()));
	}

	/**
	 * Queues a document, written here once into the bytes its request will carry (with
	 * its digest, {@link IndexedJson}).
	 */
	void add(String id, ContentDocument document, SourcePosition position) {
		BinaryData json = IndexedJson.of(document);
		this.ingester.add((op) -> op.index((i) -> i.index(this.index).id(id).document(json)), position);
	}

	/** Flushes and waits for every outstanding request. */
	@Override
	public void close() {
		try {
			this.ingester.close();
		}
		finally {
			this.outcomes.shutdown();
		}
	}

	long indexed() {
		return this.indexed.get();
	}

	/**
	 * Records of requests that could not reach Elasticsearch even when sent again: no
	 * fault of the records, so never to be published without them.
	 */
	long unsent() {
		return this.unsent.get();
	}

	List<Rejection> failures() {
		return List.copyOf(this.failures);
	}

	private final class Listener implements BulkListener<SourcePosition> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<SourcePosition> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<SourcePosition> contexts,
				BulkResponse response) {
			List<BulkResponseItem> items = response.items();
			for (int i = 0; i < items.size(); i++) {
				BulkResponseItem item = items.get(i);
				if (item.error() == null) {
					BulkLoad.this.indexed.incrementAndGet();
				}
				else {
					SourcePosition position = contexts.get(i);
					BulkLoad.this.failures.add(new Rejection(position.origin(), position.line(), "",
							"Elasticsearch refused the document: " + item.error().reason()));
				}
			}
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<SourcePosition> contexts, Throwable failure) {
			BulkLoad.this.unsent.addAndGet(contexts.size());
			for (SourcePosition position : contexts) {
				BulkLoad.this.failures.add(new Rejection(position.origin(), position.line(), "",
						"bulk request failed: " + failure.getMessage()));
			}
		}

	}

}
