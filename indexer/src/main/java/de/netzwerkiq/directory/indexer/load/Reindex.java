package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.time.Instant;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

/**
 * Builds a new versioned index from a source, checks it, and swaps the alias only if the
 * share of rejected records stays under the policy's limit. A run that fails or is not
 * swapped deletes its own index and leaves the live alias as it was.
 */
public final class Reindex {

	private static final Logger log = LoggerFactory.getLogger(Reindex.class);

	/** Progress is told every this many records. */
	private static final int PROGRESS_EVERY = 1000;

	private final ElasticsearchClient client;

	private final ContentIndex index;

	private final ReindexPolicy policy;

	private final RunHistory history;

	private final ChangeLog changes;

	public Reindex(ElasticsearchClient client, IndexNames names, ReindexPolicy policy) {
		this.client = client;
		this.index = new ContentIndex(client, names);
		this.policy = policy;
		this.history = new RunHistory(client, names);
		this.changes = new ChangeLog(client, names, policy.changeRetention());
	}

	/**
	 * Builds, checks and (if good) publishes a new version of the kind.
	 * @throws ReindexLockedException when another run of the kind holds its lock
	 */
	public ReindexReport run(ContentKind kind, ContentSource source) throws IOException {
		return run(kind, source, (records) -> {
		});
	}

	/**
	 * Builds, checks and (if good) publishes a new version of the kind, telling how many
	 * records it has read as it goes (every {@value #PROGRESS_EVERY} and at the end).
	 * @throws ReindexLockedException when another run of the kind holds its lock
	 * @throws PublishingException when another run took the lock over during this one
	 * (nothing is swapped)
	 */
	public ReindexReport run(ContentKind kind, ContentSource source, LongConsumer recordsRead) throws IOException {
		try (KindLock lock = KindLock.acquire(this.client, this.index.names(), kind, "reindex from " + source.name(),
				this.policy.lockTtl())) {
			LongConsumer progress = (records) -> {
				lock.progress(records);
				recordsRead.accept(records);
			};
			ReindexReport report = run(ContentPipeline.forKind(kind), source, lock, progress);
			this.history.record(report);
			return report;
		}
	}

	/**
	 * A reindex, rollback or publish going on now, by this process or any other (another
	 * API instance, the CLI on another machine), as its kind's lock says.
	 *
	 * @param kind the kind it locks
	 * @param task what it does ("reindex from …", "rollback", "publish from …")
	 * @param owner the process: host and pid
	 * @param since when it took the lock
	 * @param recordsRead how many records it had read at its lock's last renewal (at most
	 * 5 s ago); null for work that reads none, such as a rollback
	 */
	public record Running(ContentKind kind, String task, String owner, Instant since, Long recordsRead) {

	}

	/**
	 * What holds a kind's lock now; a lock whose holder died and let it expire is left
	 * out.
	 */
	public List<Running> running() throws IOException {
		return KindLock.current(this.client, this.index.names(), Instant.now())
			.stream()
			.filter((lease) -> Arrays.stream(ContentKind.values()).anyMatch((k) -> k.slug().equals(lease.kind())))
			.map((lease) -> new Running(ContentKind.fromSlug(lease.kind()),
					(lease.task() != null) ? lease.task() : "reindex or rollback", lease.owner(), lease.acquiredAt(),
					lease.recordsRead()))
			.toList();
	}

	/**
	 * What a reindex of the kind from the source would change against the live index, and
	 * whether it would swap; writes nothing and takes no lock.
	 */
	public DryRun.Report dryRun(ContentKind kind, ContentSource source) throws IOException {
		return DryRun.run(this.client, ContentPipeline.forKind(kind), this.index.live(kind), source, this.policy);
	}

	/**
	 * Points the kind's alias back at the newest published version older than the live
	 * one.
	 * @throws ReindexLockedException when a run of the kind holds its lock
	 * @throws PublishingException when there is no earlier version
	 */
	public Rollback rollback(ContentKind kind) throws IOException {
		try (KindLock lock = KindLock.acquire(this.client, this.index.names(), kind, "rollback",
				this.policy.lockTtl())) {
			Optional<String> live = this.index.live(kind);
			String target = this.index.previous(kind)
				.orElseThrow(() -> new PublishingException(
						"There is no earlier published version of " + kind.slug() + " to roll back to (live: "
								+ live.orElse("none") + ", kept: " + this.index.published(kind) + ")"));
			ChangeLog.Batch changed = this.changes.begin(kind, "rollback");
			changed.diff(live.orElse(null), target);
			this.index.swapAlias(kind, target);
			commit(changed, target);
			return new Rollback(kind, live.orElse(null), target);
		}
	}

	/**
	 * What a rollback did.
	 *
	 * @param kind the kind
	 * @param from the version that was live
	 * @param to the version that is live now
	 */
	public record Rollback(ContentKind kind, String from, String to) {

	}

	private <R extends SourceRecord, D extends ContentDocument> ReindexReport run(ContentPipeline<R, D> pipeline,
			ContentSource source, KindLock lock, LongConsumer progress) throws IOException {
		long started = System.nanoTime();
		ContentKind kind = pipeline.kind();
		// Holding the lock, every unpublished version is an orphan of an earlier run.
		List<String> orphans = this.index.removeOrphans(kind);
		Optional<String> previous = this.index.live(kind);
		String target = this.index.createVersion(kind);
		log.info("Reindexing {} from {} into {}", kind.slug(), source.name(), target);
		try {
			Map<String, Long> byState = new TreeMap<>();
			ValidatedSource<R, D> validated = new ValidatedSource<>(pipeline).progress(PROGRESS_EVERY, progress);
			BulkLoad load = new BulkLoad(this.client, target, this.policy.bulkBatchSize());
			try (load) {
				validated.read(source, (record, document, position) -> {
					countStates(document, byState);
					load.add(record.id(), document, position);
				});
			}
			validated.addFailures(load.failures());
			this.index.finishLoad(target);
			this.index.refresh(target);
			long indexed = this.index.count(target);
			double rejectedShare = validated.rejectedShare();
			long live = previous.map(this.index::count).orElse(0L);
			double countDrop = (live == 0) ? 0 : Math.max(0, (double) (live - indexed) / live);
			Optional<String> smokeFailure = (indexed == 0) ? Optional.empty()
					: smokeQuery(target, pipeline.documentType());
			String decision;
			boolean swap;
			if (indexed == 0) {
				swap = false;
				decision = "the new index is empty";
			}
			else if (load.unsent() > 0) {
				// A lost connection is no fault of the records: publishing without them
				// would drop content that is fine.
				swap = false;
				decision = String.format(Locale.ROOT,
						"%d records could not be sent to Elasticsearch (their bulk requests failed, also when sent again)",
						load.unsent());
			}
			else if (rejectedShare > this.policy.maxRejectedShare()) {
				swap = false;
				decision = String.format(Locale.ROOT, "%.1f %% of records were rejected, more than the %.1f %% allowed",
						rejectedShare * 100, this.policy.maxRejectedShare() * 100);
			}
			else if (countDrop > this.policy.maxCountDrop()) {
				swap = false;
				decision = String.format(Locale.ROOT,
						"the new index has %d documents, %.1f %% fewer than the live index's %d; more than the %.1f %% drop allowed",
						indexed, countDrop * 100, live, this.policy.maxCountDrop() * 100);
			}
			else if (smokeFailure.isPresent()) {
				swap = false;
				decision = "the smoke query on the new index failed: " + smokeFailure.get();
			}
			else {
				swap = true;
				decision = String.format(Locale.ROOT,
						"%.1f %% rejected (%.1f %% allowed), %d documents against %d live, smoke query passed",
						rejectedShare * 100, this.policy.maxRejectedShare() * 100, indexed, live);
			}
			if (swap && !lock.held()) {
				throw new PublishingException("Lost the " + kind.slug()
						+ " lock during the run (another run took it over after it expired); not swapping");
			}
			List<String> pruned = List.of();
			if (swap) {
				ChangeLog.Batch changed = this.changes.begin(kind, "reindex");
				changed.diff(previous.orElse(null), target);
				this.index.swapAlias(kind, target);
				// From here on the new index is live: nothing may delete it any more.
				commit(changed, target);
				pruned = prune(kind);
			}
			else {
				this.index.delete(target);
			}
			return new ReindexReport(kind, source.name(), target, previous.orElse(null), validated.records(), indexed,
					validated.rejectedRecords(), validated.rejections(), swap, decision, pruned,
					Duration.ofNanos(System.nanoTime() - started), byState, orphans);
		}
		catch (IOException | RuntimeException ex) {
			try {
				this.index.delete(target);
			}
			catch (RuntimeException cleanup) {
				// Left behind, it counts as a kept version until newer runs push it past
				// the limit; the original failure is what the caller needs.
				ex.addSuppressed(cleanup);
			}
			throw ex;
		}
	}

	/**
	 * Counts the swap's entries in; a failure is logged, not passed on, because the swap
	 * is done, and the next run of the kind counts the written entries in.
	 */
	private void commit(ChangeLog.Batch changed, String live) {
		try {
			changed.commit(live);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The change log of {} could not be committed; the next run of the kind will: {}", live,
					ex.toString());
		}
	}

	private List<String> prune(ContentKind kind) {
		try {
			return this.index.prune(kind, this.policy.keepVersions());
		}
		catch (RuntimeException ex) {
			log.warn("Old versions of {} could not be pruned; the next run will: {}", kind.slug(), ex.toString());
			return List.of();
		}
	}

	/**
	 * A search as the API sends it must find a document and read it back as its record.
	 */
	private Optional<String> smokeQuery(String target, Class<? extends ContentDocument> type) {
		try {
			var hits = this.client.search((s) -> s.index(target).size(1), type).hits().hits();
			if (hits.isEmpty() || hits.get(0).source() == null || hits.get(0).source().id() == null) {
				return Optional.of("no document came back");
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(ex.getMessage());
		}
	}

	private static void countStates(ContentDocument document, Map<String, Long> byState) {
		if (document.federalStates().isEmpty()) {
			byState.merge(ReindexReport.NATIONWIDE, 1L, Long::sum);
		}
		document.federalStates().forEach((state) -> byState.merge(state.isoCode(), 1L, Long::sum));
	}

}
