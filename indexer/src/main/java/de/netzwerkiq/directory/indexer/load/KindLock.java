package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * A lease on one kind, held in Elasticsearch so that it works across machines: only one
 * reindex (or rollback) of a kind at a time. The holder renews it every third of its time
 * to live, at least every {@value #MAX_RENEWAL_MILLIS} ms, and each renewal carries how
 * many records the run has read, so other processes can show its progress. A lease that
 * ran out belongs to a dead process and is taken over. Writes use Elasticsearch's
 * optimistic concurrency (create, then if_seq_no/if_primary_term), so two runs racing for
 * a lock cannot both get it.
 */
final class KindLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KindLock.class);

	/** Progress shown elsewhere is at most this old. */
	static final long MAX_RENEWAL_MILLIS = 5000;

	/**
	 * The lock document.
	 *
	 * @param task what the holder does ("reindex from …", "rollback", "publish"); null in
	 * locks written before it was recorded
	 * @param recordsRead how many records the holder had read at its last renewal; null
	 * for work that reads none (a rollback) and in older locks
	 */
	record Lease(String kind, String owner, Instant acquiredAt, Instant expiresAt, String task, Long recordsRead) {

	}

	private final ElasticsearchClient client;

	private final String index;

	private final ContentKind kind;

	private final Duration ttl;

	private final Clock clock;

	private final String owner;

	private final ScheduledExecutorService renewer;

	private Lease lease;

	private long seqNo;

	private long primaryTerm;

	private volatile boolean lost;

	private volatile Long recordsRead;

	private final String task;

	private KindLock(ElasticsearchClient client, IndexNames names, ContentKind kind, String task, Duration ttl,
			Clock clock) {
		this.client = client;
		this.task = task;
		this.index = names.locks();
		this.kind = kind;
		this.ttl = ttl;
		this.clock = clock;
		this.owner = ownerName();
		this.renewer = Executors.newSingleThreadScheduledExecutor((renewal) -> {
			Thread thread = new Thread(renewal, "reindex-lock-" + kind.slug());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Takes the kind's lock, or throws {@link ReindexLockedException} naming its holder.
	 */
	static KindLock acquire(ElasticsearchClient client, IndexNames names, ContentKind kind, String task, Duration ttl)
			throws IOException {
		KindLock lock = new KindLock(client, names, kind, task, ttl, Clock.systemUTC());
		lock.take();
		return lock;
	}

	private void take() throws IOException {
		ensureIndex();
		Instant now = this.clock.instant();
		Lease wanted = new Lease(this.kind.slug(), this.owner, now, now.plus(this.ttl), this.task, null);
		try {
			write(wanted, null, null);
		}
		catch (ElasticsearchException | ResponseException ex) {
			if (!conflict(ex)) {
				throw ex;
			}
			takeOver(wanted, now);
		}
		long every = Math.max(100, Math.min(MAX_RENEWAL_MILLIS, this.ttl.toMillis() / 3));
		this.renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	private void takeOver(Lease wanted, Instant now) throws IOException {
		GetResponse<Lease> current = this.client.get((g) -> g.index(this.index).id(this.kind.slug()), Lease.class);
		Lease held = current.source();
		if (current.found() && held != null && held.expiresAt().isAfter(now)) {
			throw new ReindexLockedException(this.kind, held);
		}
		try {
			// Expired: the holder died. Take it over unless someone else just did.
			write(wanted, current.seqNo(), current.primaryTerm());
			log.warn("Took over the {} lock of {}, which expired at {}", this.kind.slug(),
					(held != null) ? held.owner() : "?", (held != null) ? held.expiresAt() : "?");
		}
		catch (ElasticsearchException | ResponseException ex) {
			if (conflict(ex)) {
				GetResponse<Lease> winner = this.client.get((g) -> g.index(this.index).id(this.kind.slug()),
						Lease.class);
				throw new ReindexLockedException(this.kind, winner.source());
			}
			throw ex;
		}
	}

	private void write(Lease wanted, Long ifSeqNo, Long ifPrimaryTerm) throws IOException {
		IndexResponse response = this.client.index((i) -> {
			i.index(this.index).id(this.kind.slug()).document(wanted).refresh(Refresh.True);
			if (ifSeqNo == null) {
				i.opType(OpType.Create);
			}
			else {
				i.ifSeqNo(ifSeqNo).ifPrimaryTerm(ifPrimaryTerm);
			}
			return i;
		});
		this.lease = wanted;
		this.seqNo = response.seqNo();
		this.primaryTerm = response.primaryTerm();
	}

	private synchronized void renew() {
		if (this.lost) {
			return;
		}
		Lease renewed = new Lease(this.lease.kind(), this.owner, this.lease.acquiredAt(),
				this.clock.instant().plus(this.ttl), this.task, this.recordsRead);
		try {
			IndexResponse response = this.client.index((i) -> i.index(this.index)
				.id(this.kind.slug())
				.document(renewed)
				.ifSeqNo(this.seqNo)
				.ifPrimaryTerm(this.primaryTerm));
			this.lease = renewed;
			this.seqNo = response.seqNo();
			this.primaryTerm = response.primaryTerm();
		}
		catch (ElasticsearchException | ResponseException ex) {
			if (conflict(ex)) {
				this.lost = true;
				log.error("Lost the {} lock: another run took it over", this.kind.slug());
			}
			else {
				log.warn("Could not renew the {} lock: {}", this.kind.slug(), ex.getMessage());
			}
		}
		catch (IOException | RuntimeException ex) {
			// Elasticsearch unreachable: the run itself will fail; if it recovers in
			// time, the next renewal succeeds.
			log.warn("Could not renew the {} lock: {}", this.kind.slug(), ex.toString());
		}
	}

	/**
	 * A version conflict: someone else created or changed the lock. Depending on the
	 * error body the client reports it as either exception.
	 */
	private static boolean conflict(Exception ex) {
		return (ex instanceof ElasticsearchException es && es.status() == 409)
				|| (ex instanceof ResponseException response
						&& response.getResponse().getStatusLine().getStatusCode() == 409);
	}

	/**
	 * The leases held now, by any process: expired ones (their holder died) are left out.
	 * Read by id, which is real-time: a search would see a renewal (and its progress)
	 * only after the next refresh.
	 */
	static List<Lease> current(ElasticsearchClient client, IndexNames names, Instant now) throws IOException {
		List<String> ids = Arrays.stream(ContentKind.values()).map(ContentKind::slug).toList();
		try {
			return client.mget((m) -> m.index(names.locks()).ids(ids), Lease.class)
				.docs()
				.stream()
				.filter((doc) -> doc.isResult() && doc.result().found())
				.map((doc) -> doc.result().source())
				.filter((lease) -> lease != null && lease.expiresAt() != null && lease.expiresAt().isAfter(now))
				.toList();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return List.of(); // nothing was ever locked
			}
			throw ex;
		}
	}

	/** How many records the run has read; the next renewal writes it. */
	void progress(long records) {
		this.recordsRead = records;
	}

	/** Whether the lease is still ours; checked before the alias is swapped. */
	synchronized boolean held() {
		return !this.lost && this.clock.instant().isBefore(this.lease.expiresAt());
	}

	@Override
	public synchronized void close() {
		this.renewer.shutdownNow();
		if (this.lost) {
			return;
		}
		try {
			this.client.delete((d) -> d.index(this.index)
				.id(this.kind.slug())
				.ifSeqNo(this.seqNo)
				.ifPrimaryTerm(this.primaryTerm)
				.refresh(Refresh.True));
		}
		catch (IOException | RuntimeException ex) {
			// It runs out by itself.
			log.warn("Could not release the {} lock ({}); it expires at {}", this.kind.slug(), ex.toString(),
					this.lease.expiresAt());
		}
	}

	private void ensureIndex() throws IOException {
		BookkeepingIndex.ensure(this.client, this.index,
				(m) -> m.properties("kind", (p) -> p.keyword((k) -> k))
					.properties("owner", (p) -> p.keyword((k) -> k))
					.properties("acquiredAt", (p) -> p.date((d) -> d))
					.properties("expiresAt", (p) -> p.date((d) -> d)));
	}

	private static String ownerName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown-host";
		}
		return host + "/pid " + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8)
				+ " (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
	}

}
