package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.elasticsearch.client.ResponseException;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;

/**
 * What the followers of the {@link ChangeLog} (the API's webhooks) owe their receivers,
 * kept in Elasticsearch beside the log, so that it outlives the process that owes it: for
 * each subscriber and kind the last commit it has taken on, and each delivery not yet
 * made, with its body, its attempts so far and when it is due.
 * <p>
 * A delivery is taken on by {@link #enqueue} before the subscriber's cursor moves past
 * its commit, and under an id made of subscriber and event, so a process that dies in
 * between takes it on again harmlessly (the second create is refused). A process claims a
 * due delivery by moving its due time past the attempt (a lease) with optimistic
 * concurrency, so of several API instances one sends it, and a process that dies while
 * sending leaves it to be claimed again once the lease is over: at least once, and twice
 * only then.
 */
public final class ChangeDeliveries {

	private final ElasticsearchClient client;

	private final IndexNames names;

	/** Once it exists it stays: looked for until then, not at every poll. */
	private volatile boolean indexExists;

	/**
	 * How far a subscriber has taken on a kind's commits.
	 *
	 * @param subscriber who follows the log (e.g. a digest of a webhook's URL)
	 * @param kind the kind's slug
	 * @param epoch the change log's epoch the number counts in; empty before the log
	 * began
	 * @param commit the last commit taken on
	 */
	public record Cursor(String subscriber, String kind, String epoch, long commit) {

	}

	/**
	 * A delivery owed.
	 *
	 * @param subscriber to whom
	 * @param kind the kind's slug
	 * @param eventId the event, the same in every attempt
	 * @param action what happened, for whoever looks
	 * @param attempts attempts made so far
	 * @param due not to be attempted before
	 * @param body what is sent, fixed when it was taken on
	 */
	public record Pending(String subscriber, String kind, String eventId, String action, int attempts, Instant due,
			String body) {

	}

	/**
	 * A delivery this process has claimed; others leave it until {@code pending.due}.
	 */
	public record Claim(Pending pending, long seqNo, long primaryTerm) {

	}

	/**
	 * What was dropped of a subscriber no longer followed.
	 *
	 * @param cursors its cursors (one per kind it followed)
	 * @param deliveries the deliveries it was still owed
	 */
	public record Dropped(long cursors, long deliveries) {

		Dropped plus(boolean cursor) {
			return cursor ? new Dropped(this.cursors + 1, this.deliveries)
					: new Dropped(this.cursors, this.deliveries + 1);
		}

	}

	/** Whose a cursor or delivery is: all that is read of it to drop it. */
	record Owner(String subscriber) {

	}

	public ChangeDeliveries(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.names = names;
	}

	/** The subscriber's cursor for the kind; empty when it never took anything on. */
	public Optional<Cursor> cursor(String subscriber, ContentKind kind) throws IOException {
		ensureIndex();
		try {
			var got = this.client.get((g) -> g.index(this.names.deliveries()).id(cursorId(subscriber, kind.slug())),
					Cursor.class);
			return got.found() ? Optional.of(got.source()) : Optional.empty();
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/** Moves the cursor; call after the deliveries up to it are {@link #enqueue}d. */
	public void advance(Cursor cursor) throws IOException {
		ensureIndex();
		try {
			this.client.index((i) -> i.index(this.names.deliveries())
				.id(cursorId(cursor.subscriber(), cursor.kind()))
				.document(cursor));
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/**
	 * Takes deliveries on; one already taken on (by this process before it died, or by
	 * another instance) is left as it is.
	 */
	public void enqueue(Collection<Pending> deliveries) throws IOException {
		if (deliveries.isEmpty()) {
			return;
		}
		// Before the first write: else Elasticsearch makes the index with mappings of its
		// own guessing (the ids as text, which cannot be sorted on).
		ensureIndex();
		List<BulkOperation> operations = deliveries.stream()
			.map((pending) -> BulkOperation
				.of((o) -> o.create((c) -> c.index(this.names.deliveries()).id(deliveryId(pending)).document(pending))))
			.toList();
		BulkResponse response;
		try {
			// Searchable at once: the next claim finds them.
			response = this.client.bulk((b) -> b.refresh(Refresh.True).operations(operations));
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
		var refused = response.items()
			.stream()
			.filter((item) -> item.error() != null && item.status() != 409)
			.findFirst();
		if (refused.isPresent()) {
			throw new IndexOperationException("A delivery could not be kept: " + refused.get().error().reason(), null);
		}
	}

	/**
	 * Claims up to {@code max} deliveries of these subscribers that are due, the longest
	 * due first: each is given {@code lease} to be attempted and rescheduled or done. One
	 * another process claimed first is left out.
	 */
	public List<Claim> claimDue(Collection<String> subscribers, Instant now, Duration lease, int max)
			throws IOException {
		if (subscribers.isEmpty()) {
			return List.of();
		}
		ensureIndex();
		List<Hit<Pending>> due;
		try {
			due = this.client.search((s) -> s.index(this.names.deliveries())
				.size(max)
				.seqNoPrimaryTerm(true)
				.trackTotalHits((t) -> t.enabled(false))
				.query((q) -> q.bool((b) -> b
					.filter((f) -> f.terms((t) -> t.field("subscriber")
						.terms((v) -> v.value(subscribers.stream().map(FieldValue::of).toList()))))
					.filter((f) -> f.range((r) -> r.untyped((u) -> u.field("due").lte(JsonData.of(now.toString())))))))
				.sort((o) -> o.field((f) -> f.field("due").order(SortOrder.Asc)))
				.sort((o) -> o.field((f) -> f.field("eventId").order(SortOrder.Asc))), Pending.class).hits().hits();
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
		List<Claim> claims = new ArrayList<>();
		for (Hit<Pending> hit : due) {
			Pending pending = hit.source();
			Pending leased = new Pending(pending.subscriber(), pending.kind(), pending.eventId(), pending.action(),
					pending.attempts(), now.plus(lease), pending.body());
			write(leased, hit.seqNo(), hit.primaryTerm()).ifPresent(claims::add);
		}
		return claims;
	}

	/**
	 * Records a failed attempt and when to try again; false when the claim was lost (its
	 * lease ran out and another process claimed it).
	 */
	public boolean reschedule(Claim claim, int attempts, Instant due) throws IOException {
		Pending pending = claim.pending();
		return write(new Pending(pending.subscriber(), pending.kind(), pending.eventId(), pending.action(), attempts,
				due, pending.body()), claim.seqNo(), claim.primaryTerm())
			.isPresent();
	}

	/** Forgets a delivery made, or given up; false when the claim was lost. */
	public boolean done(Claim claim) throws IOException {
		try {
			this.client.delete((d) -> d.index(this.names.deliveries())
				.id(deliveryId(claim.pending()))
				.ifSeqNo(claim.seqNo())
				.ifPrimaryTerm(claim.primaryTerm()));
			return true;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409 || ex.status() == 404) {
				return false;
			}
			throw new IndexOperationException(ex.getMessage(), ex);
		}
		catch (ResponseException ex) {
			if (conflict(ex)) {
				return false;
			}
			throw ex;
		}
	}

	/** Deliveries owed to a subscriber, the longest due first, at most max. */
	public List<Pending> pending(String subscriber, int max) throws IOException {
		ensureIndex();
		try {
			return this.client
				.search((s) -> s.index(this.names.deliveries())
					.size(max)
					.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("subscriber").value(subscriber)))
						.filter((f) -> f.exists((e) -> e.field("due")))))
					.sort((o) -> o.field((f) -> f.field("due").order(SortOrder.Asc))), Pending.class)
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
	 * Removes the cursors and the deliveries owed of every subscriber but these (the
	 * receivers no longer configured). Without {@code _delete_by_query} (the minimal node
	 * has no reindex module): what is theirs is read a page at a time, then deleted in
	 * bulk. A delivery another process is sending meanwhile is removed under it: its
	 * outcome is then refused, as after a lost claim.
	 * @return by subscriber, what was removed; empty when nothing was
	 */
	public Map<String, Dropped> dropAllBut(Set<String> subscribers) throws IOException {
		Map<String, Dropped> dropped = new TreeMap<>();
		// Read, not made: with nothing kept yet there is nothing to drop.
		if (!this.indexExists && !this.client.indices().exists((e) -> e.index(this.names.deliveries())).value()) {
			return dropped;
		}
		try {
			// Bounded, so a bug cannot loop for ever; a thousand a page.
			for (int page = 0; page < 1_000; page++) {
				List<Hit<Owner>> hits = this.client.search((s) -> s.index(this.names.deliveries())
					.size(1_000)
					.source((c) -> c.filter((f) -> f.includes("subscriber")))
					.trackTotalHits((t) -> t.enabled(false))
					.query((q) -> q.bool((b) -> {
						b.filter((f) -> f.exists((e) -> e.field("subscriber")));
						if (!subscribers.isEmpty()) {
							b.mustNot((n) -> n.terms((t) -> t.field("subscriber")
								.terms((v) -> v.value(subscribers.stream().map(FieldValue::of).toList()))));
						}
						return b;
					})), Owner.class).hits().hits();
				if (hits.isEmpty()) {
					break;
				}
				BulkResponse response = BookkeepingIndex.delete(this.client, this.names.deliveries(),
						hits.stream().map(Hit::id).toList());
				for (int i = 0; i < hits.size(); i++) {
					// 404: another process dropped it first.
					if (response.items().get(i).error() == null) {
						Hit<Owner> hit = hits.get(i);
						dropped.merge(hit.source().subscriber(), new Dropped(0, 0).plus(hit.id().startsWith("cursor-")),
								(a, b) -> a.plus(hit.id().startsWith("cursor-")));
					}
				}
			}
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
		return dropped;
	}

	private Optional<Claim> write(Pending pending, long ifSeqNo, long ifPrimaryTerm) throws IOException {
		try {
			IndexResponse written = this.client.index((i) -> i.index(this.names.deliveries())
				.id(deliveryId(pending))
				.document(pending)
				.ifSeqNo(ifSeqNo)
				.ifPrimaryTerm(ifPrimaryTerm));
			return Optional.of(new Claim(pending, written.seqNo(), written.primaryTerm()));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409 || ex.status() == 404) {
				return Optional.empty();
			}
			throw new IndexOperationException(ex.getMessage(), ex);
		}
		catch (ResponseException ex) {
			if (conflict(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * Another process changed or removed it first (as an {@link ElasticsearchException}
	 * or, depending on the error body, as this).
	 */
	private static boolean conflict(ResponseException ex) {
		int status = ex.getResponse().getStatusLine().getStatusCode();
		return status == 409 || status == 404;
	}

	private void ensureIndex() throws IOException {
		if (this.indexExists) {
			return;
		}
		BookkeepingIndex.ensure(this.client, this.names.deliveries(),
				(m) -> m.properties("subscriber", (p) -> p.keyword((k) -> k))
					.properties("kind", (p) -> p.keyword((k) -> k))
					.properties("eventId", (p) -> p.keyword((k) -> k))
					.properties("due", (p) -> p.date((d) -> d))
					.properties("action", (p) -> p.keyword((k) -> k.index(false)))
					.properties("attempts", (p) -> p.integer((i) -> i.index(false)))
					// Sent as it is, never searched: kept in _source only.
					.properties("body", (p) -> p.keyword((k) -> k.index(false).docValues(false)))
					.properties("epoch", (p) -> p.keyword((k) -> k.index(false)))
					.properties("commit", (p) -> p.long_((l) -> l.index(false))));
		this.indexExists = true;
	}

	private static String cursorId(String subscriber, String kind) {
		return "cursor-" + subscriber + "-" + kind;
	}

	private static String deliveryId(Pending pending) {
		return "delivery-" + pending.subscriber() + "-" + pending.eventId();
	}

}
