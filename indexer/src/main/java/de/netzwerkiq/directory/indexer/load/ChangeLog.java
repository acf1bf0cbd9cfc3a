package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;

/**
 * Which records of each kind changed or went, in order: what sync serves to apps that
 * keep a copy.
 * <p>
 * Why a log beside the content indices and not a sequence number in each document: a
 * reindex writes a fresh index and a rollback points the alias at an old one, so neither
 * the documents nor their numbers survive an alias swap, and a record that is gone leaves
 * no document to say so. The log is written by every path that changes what is live (a
 * swap after a reindex, a rollback, a publish, an unpublish), each holding the kind's
 * lock, so each kind's sequence has one writer and grows by one per entry. A swap's
 * entries come from comparing the old and the new live index record by record, in id
 * order, with {@link ContentDigest} (the dry run's definition of a change): a record
 * whose content is unchanged is no entry, however its index or line changed.
 * <p>
 * An entry names a record id only; a reader looks the record up in the live index and
 * finds it (changed) or not (deleted). Entries are written before the change they
 * describe and counted in only by the head written after it ("committed"), so a reader
 * never passes an entry whose change it cannot see yet. Entries left beyond the head by a
 * process that died are counted in by the next writer (a record looked up again is
 * harmless), and a live index the head does not know (moved by a process that died after
 * the swap) is compared with the one it knows. Entries older than the retention are
 * pruned; a token from before them is refused, and its client syncs from scratch.
 */
public final class ChangeLog {

	private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

	private static final int PAGE = 1000;

	/**
	 * Ids and digests come back small: a page of them is 10 times the size of a page of
	 * documents.
	 */
	private static final int DIGEST_PAGE = 10_000;

	private static final String TOKEN_KEY = "token-key";

	private final ElasticsearchClient client;

	private final IndexNames names;

	private final ContentIndex index;

	private final Duration retention;

	private final Clock clock;

	/**
	 * What the log holds for a kind.
	 *
	 * @param kind the kind's slug
	 * @param epoch made once when the log of the kind begins; a token of another epoch
	 * (the log was deleted and begun again) is refused
	 * @param committed the last entry readers may see
	 * @param prunedThrough entries up to this one are gone; a token before it is too old
	 * @param liveIndex the live index the entries up to {@code committed} describe
	 * @param updatedAt when it was written
	 * @param commits how many changes (swaps, rollbacks, publishes, unpublishes) were
	 * committed: the number of the last {@link Commit}
	 */
	public record Head(String kind, String epoch, long committed, long prunedThrough, String liveIndex,
			Instant updatedAt, long commits) {

		Head with(long committed, long prunedThrough, String liveIndex, Instant now, long commits) {
			return new Head(this.kind, this.epoch, committed, prunedThrough, liveIndex, now, commits);
		}

	}

	/**
	 * One change made live, with the entries it logged: what webhooks announce.
	 *
	 * @param kind the kind's slug
	 * @param number its place among the kind's commits
	 * @param cause reindex, rollback, publish, unpublish (catch-up only when it logged
	 * entries)
	 * @param from the last entry before it
	 * @param to its last entry ({@code from} when it changed nothing)
	 * @param liveIndex the live index after it
	 * @param at when it was committed
	 */
	public record Commit(String kind, long number, String cause, long from, long to, String liveIndex, Instant at) {

	}

	/**
	 * One entry: a record that changed, appeared or went.
	 *
	 * @param kind the kind's slug
	 * @param seq its place in the kind's log
	 * @param recordId the record's id
	 * @param cause what changed it: reindex, rollback, publish, unpublish, catch-up
	 * @param at when it was written
	 */
	public record Change(String kind, long seq, String recordId, String cause, Instant at) {

	}

	record TokenKey(String secret) {

	}

	public ChangeLog(ElasticsearchClient client, IndexNames names, Duration retention) {
		this(client, names, retention, Clock.systemUTC());
	}

	ChangeLog(ElasticsearchClient client, IndexNames names, Duration retention, Clock clock) {
		this.client = client;
		this.names = names;
		this.index = new ContentIndex(client, names);
		this.retention = retention;
		this.clock = clock;
	}

	/** The kind's head; empty before anything was ever logged for it. */
	public Optional<Head> head(ContentKind kind) throws IOException {
		try {
			return readHead(kind);
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	private Optional<Head> readHead(ContentKind kind) throws IOException {
		if (!this.client.indices().exists((e) -> e.index(this.names.changes())).value()) {
			return Optional.empty();
		}
		var got = this.client.get((g) -> g.index(this.names.changes()).id(headId(kind)), Head.class);
		return got.found() ? Optional.of(got.source()) : Optional.empty();
	}

	/**
	 * Committed entries after {@code after} up to {@code upTo}, in order, at most max.
	 */
	public List<Change> since(ContentKind kind, long after, long upTo, int max) throws IOException {
		if (upTo <= after) {
			return List.of();
		}
		return this.client
			.search((s) -> s.index(this.names.changes())
				.size(max)
				.trackTotalHits((t) -> t.enabled(false))
				.query(entries(kind, after, upTo))
				.sort((o) -> o.field((f) -> f.field("seq").order(SortOrder.Asc))), Change.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.toList();
	}

	/**
	 * The kind's commits after the given number, oldest first, at most {@code max}: read
	 * by id, so a commit is seen as soon as the head counts it.
	 */
	public List<Commit> commitsAfter(ContentKind kind, long after, long upTo, int max) throws IOException {
		List<Commit> commits = new ArrayList<>();
		try {
			for (long n = after + 1; n <= upTo && commits.size() < max; n++) {
				long number = n;
				var got = this.client.get((g) -> g.index(this.names.changes()).id(commitId(kind, number)),
						Commit.class);
				if (got.found()) {
					commits.add(got.source());
				}
			}
			return commits;
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/**
	 * The key sync tokens are signed with when none is configured: made once, kept here,
	 * so tokens outlive restarts and hold across instances.
	 */
	public byte[] tokenKey() throws IOException {
		ensureIndex();
		var got = this.client.get((g) -> g.index(this.names.changes()).id(TOKEN_KEY), TokenKey.class);
		if (!got.found()) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			try {
				this.client.create((c) -> c.index(this.names.changes())
					.id(TOKEN_KEY)
					.document(new TokenKey(Base64.getEncoder().encodeToString(key)))
					.refresh(Refresh.True));
				return key;
			}
			catch (ElasticsearchException ex) {
				if (ex.status() != 409) {
					throw ex;
				}
				// Another instance made it first; use theirs.
				got = this.client.get((g) -> g.index(this.names.changes()).id(TOKEN_KEY), TokenKey.class);
			}
		}
		return Base64.getDecoder().decode(got.source().secret());
	}

	/**
	 * Starts logging one change of a kind; call only holding the kind's lock. First
	 * counts in what a writer that died left behind.
	 */
	Batch begin(ContentKind kind, String cause) throws IOException {
		ensureIndex();
		Instant now = this.clock.instant();
		Optional<String> live = this.index.live(kind);
		Head head = head(kind)
			.orElseGet(() -> new Head(kind.slug(), UUID.randomUUID().toString(), 0, 0, live.orElse(null), now, 0));
		long pending = lastEntry(kind, head.committed(), Long.MAX_VALUE).orElse(head.committed());
		Batch catchUp = new Batch(kind, head, "catch-up", pending);
		if (!Objects.equals(head.liveIndex(), live.orElse(null))) {
			if (live.isPresent() && (head.liveIndex() == null || exists(head.liveIndex()))) {
				log.info("The {} change log describes {} but {} is live; comparing them", kind.slug(), head.liveIndex(),
						live.get());
				catchUp.diff(head.liveIndex(), live.get());
			}
			else {
				// What changed can no longer be told: every token of the kind is refused.
				log.warn("The {} change log describes {}, which is gone (live: {}); clients must sync from scratch",
						kind.slug(), head.liveIndex(), live.orElse("none"));
				catchUp.next++;
				catchUp.prunedThrough = catchUp.next;
			}
		}
		Head current = catchUp.commit(live.orElse(null));
		return new Batch(kind, current, cause, current.committed());
	}

	/**
	 * The entries of one change, written as they come and committed at the end.
	 */
	final class Batch {

		private final ContentKind kind;

		private final Head head;

		private final String cause;

		private final List<BulkOperation> buffer = new ArrayList<>();

		private long next;

		private long prunedThrough;

		private Batch(ContentKind kind, Head head, String cause, long last) {
			this.kind = kind;
			this.head = head;
			this.cause = cause;
			this.next = last;
			this.prunedThrough = head.prunedThrough();
		}

		/** How many entries this batch has written. */
		long entries() {
			return this.next - this.head.committed();
		}

		/** Logs the record as changed, appeared or gone. */
		void changed(String recordId) throws IOException {
			long seq = ++this.next;
			Change change = new Change(this.kind.slug(), seq, recordId, this.cause, ChangeLog.this.clock.instant());
			this.buffer.add(BulkOperation.of((o) -> o
				.index((i) -> i.index(ChangeLog.this.names.changes()).id(entryId(this.kind, seq)).document(change))));
			if (this.buffer.size() >= PAGE) {
				flush();
			}
		}

		/**
		 * Logs every record that differs between two versions of the kind: added, changed
		 * (by {@link ContentDigest}) or gone. Reads both in id order, a page at a time,
		 * so memory stays flat however many records there are.
		 * @param from the version that was live; null for none
		 */
		void diff(String from, String to) throws IOException {
			Class<? extends ContentDocument> type = ContentPipeline.forKind(this.kind).documentType();
			IdOrder before = new IdOrder(from, type);
			IdOrder after = new IdOrder(to, type);
			while (before.current() != null || after.current() != null) {
				Digested old = before.current();
				Digested now = after.current();
				int order = (old == null) ? 1 : (now == null) ? -1 : old.id().compareTo(now.id());
				if (order < 0) {
					changed(old.id());
					before.advance();
				}
				else if (order > 0) {
					changed(now.id());
					after.advance();
				}
				else {
					if (old.digest() != now.digest()) {
						changed(now.id());
					}
					before.advance();
					after.advance();
				}
			}
		}

		/** Writes what is buffered; still unseen by readers until the commit. */
		void flush() throws IOException {
			if (this.buffer.isEmpty()) {
				return;
			}
			BulkResponse response = ChangeLog.this.client
				.bulk((b) -> b.index(ChangeLog.this.names.changes()).operations(List.copyOf(this.buffer)));
			this.buffer.clear();
			if (response.errors()) {
				var failed = response.items().stream().filter((item) -> item.error() != null).findFirst();
				throw new IndexOperationException("The change log refused an entry: "
						+ failed.map((item) -> item.error().reason()).orElse("unknown"), null);
			}
		}

		/**
		 * Makes the entries visible to readers, records the live index they lead to, and
		 * prunes entries past the retention.
		 */
		Head commit(String liveIndex) throws IOException {
			flush();
			ChangeLog.this.client.indices().refresh((r) -> r.index(ChangeLog.this.names.changes()));
			Instant now = ChangeLog.this.clock.instant();
			Instant cutoff = now.minus(ChangeLog.this.retention);
			long expired = lastEntryBefore(this.kind, cutoff).orElse(this.prunedThrough);
			long pruned = Math.max(this.prunedThrough, expired);
			long commits = this.head.commits();
			if (entries() > 0 || !"catch-up".equals(this.cause)) {
				// Written before the head, which makes it count.
				Commit commit = new Commit(this.kind.slug(), ++commits, this.cause, this.head.committed(), this.next,
						liveIndex, now);
				ChangeLog.this.client.index((i) -> i.index(ChangeLog.this.names.changes())
					.id(commitId(this.kind, commit.number()))
					.document(commit));
			}
			Head committed = this.head.with(this.next, pruned, liveIndex, now, commits);
			ChangeLog.this.client.index((i) -> i.index(ChangeLog.this.names.changes())
				.id(headId(this.kind))
				.document(committed)
				.refresh(Refresh.True));
			if (pruned > this.head.prunedThrough()) {
				deleteThrough(this.kind, pruned);
			}
			return committed;
		}

	}

	/** One version's documents in id order, a page at a time; empty for no index. */
	/** A record's id and {@link ContentDigest}. */
	private record Digested(String id, long digest) {

	}

	/**
	 * The records of an index in id order, by their digests: read from doc values where a
	 * reindex wrote them (ids and numbers only, a large page at a time), else computed
	 * from the documents (an index written before there were digests, a record published
	 * since).
	 */
	private final class IdOrder {

		private final String index;

		private final Class<? extends ContentDocument> type;

		private List<Digested> page = List.of();

		private int size = DIGEST_PAGE;

		private int position;

		private boolean exhausted;

		private IdOrder(String index, Class<? extends ContentDocument> type) throws IOException {
			this.index = index;
			this.type = type;
			this.exhausted = (index == null);
			fetch(null);
		}

		Digested current() {
			return (this.position < this.page.size()) ? this.page.get(this.position) : null;
		}

		void advance() throws IOException {
			this.position++;
			if (this.position >= this.page.size() && !this.exhausted) {
				fetch(this.page.get(this.page.size() - 1).id());
			}
		}

		private void fetch(String afterId) throws IOException {
			this.position = 0;
			if (this.exhausted) {
				this.page = List.of();
				return;
			}
			List<Digested> digests = digests(afterId);
			if (digests.stream().anyMatch(Objects::isNull)) {
				// Not every record has its digest: this page from the documents, then
				// pages of the size documents are read in.
				this.size = PAGE;
				digests = LiveRecords.page(ChangeLog.this.client, this.index, this.type, afterId, this.size)
					.stream()
					.map((document) -> new Digested(document.id(), ContentDigest.of(document)))
					.toList();
			}
			this.page = digests;
			this.exhausted = this.page.size() < this.size;
		}

		/** The next page by doc values; null for a record without a digest. */
		private List<Digested> digests(String afterId) throws IOException {
			return ChangeLog.this.client.search((s) -> {
				s.index(this.index)
					.size(this.size)
					.trackTotalHits((t) -> t.enabled(false))
					.source((source) -> source.fetch(false))
					.docvalueFields((f) -> f.field(IndexFields.CONTENT_DIGEST))
					.sort((o) -> o.field((f) -> f.field(IndexFields.ID).order(SortOrder.Asc)));
				return (afterId == null) ? s : s.searchAfter(FieldValue.of(afterId));
			}, Void.class).hits().hits().stream().map(IdOrder::digested).toList();
		}

		private static Digested digested(Hit<Void> hit) {
			JsonData digest = hit.fields().get(IndexFields.CONTENT_DIGEST);
			if (digest == null) {
				return null;
			}
			return new Digested(hit.id(), digest.toJson().asJsonArray().getJsonNumber(0).longValueExact());
		}

	}

	private Optional<Long> lastEntry(ContentKind kind, long after, long upTo) throws IOException {
		return this.client
			.search((s) -> s.index(this.names.changes())
				.size(1)
				.trackTotalHits((t) -> t.enabled(false))
				.query(entries(kind, after, upTo))
				.sort((o) -> o.field((f) -> f.field("seq").order(SortOrder.Desc))), Change.class)
			.hits()
			.hits()
			.stream()
			.findFirst()
			.map((hit) -> hit.source().seq());
	}

	private Optional<Long> lastEntryBefore(ContentKind kind, Instant cutoff) throws IOException {
		return this.client.search((s) -> s.index(this.names.changes())
			.size(1)
			.trackTotalHits((t) -> t.enabled(false))
			// Entries only: commits have a time but no sequence number.
			.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("kind").value(kind.slug())))
				.filter((f) -> f.exists((e) -> e.field("seq")))
				.filter((f) -> f.range((r) -> r.untyped((u) -> u.field("at").lt(JsonData.of(cutoff.toString())))))))
			.sort((o) -> o.field((f) -> f.field("seq").order(SortOrder.Desc))), Change.class)
			.hits()
			.hits()
			.stream()
			.findFirst()
			.map((hit) -> hit.source().seq());
	}

	/**
	 * Deletes entries up to {@code through}, a page at a time (the minimal distribution
	 * has no {@code _delete_by_query}).
	 */
	private void deleteThrough(ContentKind kind, long through) throws IOException {
		while (true) {
			List<String> ids = this.client
				.search((s) -> s.index(this.names.changes())
					.size(PAGE)
					.source((src) -> src.fetch(false))
					.query(entries(kind, Long.MIN_VALUE, through)), Map.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::id)
				.toList();
			if (ids.isEmpty()) {
				return;
			}
			this.client.bulk((b) -> b.index(this.names.changes())
				.refresh(Refresh.True)
				.operations(ids.stream().map((id) -> BulkOperation.of((o) -> o.delete((d) -> d.id(id)))).toList()));
		}
	}

	private static Query entries(ContentKind kind, long after, long upTo) {
		return Query.of((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("kind").value(kind.slug())))
			.filter((f) -> f
				.range((r) -> r.untyped((u) -> u.field("seq").gt(JsonData.of(after)).lte(JsonData.of(upTo)))))));
	}

	private boolean exists(String index) throws IOException {
		return this.client.indices().exists((e) -> e.index(index)).value();
	}

	private void ensureIndex() throws IOException {
		BookkeepingIndex.ensure(this.client, this.names.changes(),
				(m) -> m.properties("kind", (p) -> p.keyword((k) -> k))
					.properties("seq", (p) -> p.long_((l) -> l))
					.properties("recordId", (p) -> p.keyword((k) -> k))
					.properties("cause", (p) -> p.keyword((k) -> k))
					.properties("at", (p) -> p.date((d) -> d))
					// Head and key documents are read by id, never searched.
					.properties("epoch", (p) -> p.keyword((k) -> k.index(false)))
					.properties("committed", (p) -> p.long_((l) -> l.index(false)))
					.properties("prunedThrough", (p) -> p.long_((l) -> l.index(false)))
					.properties("liveIndex", (p) -> p.keyword((k) -> k.index(false)))
					.properties("updatedAt", (p) -> p.date((d) -> d.index(false)))
					.properties("commits", (p) -> p.long_((l) -> l.index(false)))
					.properties("number", (p) -> p.long_((l) -> l.index(false)))
					.properties("from", (p) -> p.long_((l) -> l.index(false)))
					.properties("to", (p) -> p.long_((l) -> l.index(false)))
					.properties("secret", (p) -> p.keyword((k) -> k.index(false))));
	}

	private static String headId(ContentKind kind) {
		return "head-" + kind.slug();
	}

	private static String commitId(ContentKind kind, long number) {
		return "commit-" + kind.slug() + "-" + number;
	}

	private static String entryId(ContentKind kind, long seq) {
		return kind.slug() + "-" + seq;
	}

}
