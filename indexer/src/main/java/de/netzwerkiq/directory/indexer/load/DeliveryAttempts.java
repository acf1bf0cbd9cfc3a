package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;

/**
 * The latest attempts of the {@link ChangeDeliveries}' senders (the API's webhooks) and
 * how each ended, kept in Elasticsearch so that editors see the same list from every
 * instance and after a restart. Only the newest are kept ({@link #prune}): the list is
 * for looking at what happened lately, not an archive.
 * <p>
 * Whoever records an attempt must leave secrets out: the endpoint as shown (no
 * credentials, no query), and an error without them.
 */
public final class DeliveryAttempts {

	/**
	 * Elasticsearch pages no deeper than this ({@code index.max_result_window}); what is
	 * kept plus one batch to prune must fit.
	 */
	public static final int MAX_KEPT = 9_000;

	private static final int PRUNE_BATCH = 1_000;

	private final ElasticsearchClient client;

	private final IndexNames names;

	/** Once it exists it stays: looked for until then, not at every write. */
	private volatile boolean indexExists;

	/**
	 * One attempt to deliver an event to one endpoint.
	 *
	 * @param subscriber the endpoint's id in {@link ChangeDeliveries}
	 * @param endpointName the endpoint's configured name; null when it has none
	 * @param endpoint the endpoint's URL without credentials or query
	 * @param eventId the event, the same in every attempt
	 * @param kind the kind the event is about (its enum name)
	 * @param action what happened
	 * @param attempt 1 for the first
	 * @param outcome how it ended, as the sender names it (e.g. DELIVERED, RETRYING,
	 * FAILED)
	 * @param settled whether this was the delivery's last attempt (delivered, or given
	 * up)
	 * @param httpStatus the receiver's status; null when it did not answer
	 * @param error why it failed; null when it did not
	 * @param at when the attempt began
	 * @param durationMillis how long it took
	 */
	public record Attempt(String subscriber, String endpointName, String endpoint, String eventId, String kind,
			String action, int attempt, String outcome, boolean settled, Integer httpStatus, String error, Instant at,
			long durationMillis) {

	}

	public DeliveryAttempts(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.names = names;
	}

	/**
	 * Keeps an attempt. Not refreshed at once (editors look a second later, and a refresh
	 * per attempt would make a segment per attempt). An attempt sent again (its claim ran
	 * out) replaces the first record of it.
	 */
	public void record(Attempt attempt) throws IOException {
		ensureIndex();
		try {
			this.client.index((i) -> i.index(this.names.deliveryAttempts())
				.id(attempt.subscriber() + "-" + attempt.eventId() + "-" + attempt.attempt())
				.document(attempt));
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/** The latest attempts, newest first; at most {@code max}. */
	public List<Attempt> latest(int max) throws IOException {
		ensureIndex();
		try {
			return this.client
				.search((s) -> s.index(this.names.deliveryAttempts())
					.size(max)
					.trackTotalHits((t) -> t.enabled(false))
					.sort((o) -> o.field((f) -> f.field("at").order(SortOrder.Desc)))
					.sort((o) -> o.field((f) -> f.field("attempt").order(SortOrder.Desc))), Attempt.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.toList();
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/**
	 * Removes all but the newest {@code keep} attempts (at most {@code keep} plus ten
	 * batches of a thousand a call; the rest at the next). Without
	 * {@code _delete_by_query} (the minimal node has no reindex module): the ids past the
	 * newest are read, then deleted in bulk.
	 * @return how many were removed
	 */
	public long prune(int keep) throws IOException {
		if (keep < 1 || keep > MAX_KEPT) {
			throw new IllegalArgumentException("keep must be between 1 and " + MAX_KEPT);
		}
		ensureIndex();
		long removed = 0;
		try {
			for (int batch = 0; batch < 10; batch++) {
				List<String> ids = this.client
					.search((s) -> s.index(this.names.deliveryAttempts())
						.from(keep)
						.size(PRUNE_BATCH)
						.source((c) -> c.fetch(false))
						.trackTotalHits((t) -> t.enabled(false))
						.sort((o) -> o.field((f) -> f.field("at").order(SortOrder.Desc)))
						.sort((o) -> o.field((f) -> f.field("attempt").order(SortOrder.Desc))), Void.class)
					.hits()
					.hits()
					.stream()
					.map(Hit::id)
					.toList();
				if (ids.isEmpty()) {
					break;
				}
				BulkResponse response = BookkeepingIndex.delete(this.client, this.names.deliveryAttempts(), ids);
				// Another instance pruning at the same time removed some first (404):
				// fine.
				removed += response.items().stream().filter((item) -> item.error() == null).count();
				if (ids.size() < PRUNE_BATCH) {
					break;
				}
			}
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
		return removed;
	}

	private void ensureIndex() throws IOException {
		if (this.indexExists) {
			return;
		}
		BookkeepingIndex.ensure(this.client, this.names.deliveryAttempts(),
				(m) -> m.properties("subscriber", (p) -> p.keyword((k) -> k))
					.properties("endpointName", (p) -> p.keyword((k) -> k))
					.properties("endpoint", (p) -> p.keyword((k) -> k))
					.properties("eventId", (p) -> p.keyword((k) -> k))
					.properties("kind", (p) -> p.keyword((k) -> k))
					.properties("action", (p) -> p.keyword((k) -> k))
					.properties("attempt", (p) -> p.integer((i) -> i))
					.properties("outcome", (p) -> p.keyword((k) -> k))
					.properties("settled", (p) -> p.boolean_((b) -> b))
					.properties("httpStatus", (p) -> p.integer((i) -> i))
					// Read, never searched.
					.properties("error", (p) -> p.keyword((k) -> k.index(false).docValues(false)))
					.properties("at", (p) -> p.date((d) -> d))
					.properties("durationMillis", (p) -> p.long_((l) -> l.index(false))));
		this.indexExists = true;
	}

}
