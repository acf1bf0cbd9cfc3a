package de.netzwerkiq.directory.api.publishing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexLockedException;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.load.RunHistory;
import de.netzwerkiq.directory.indexer.source.ContentSource;

/**
 * Reindexes started by editors: run in the background, one after another, the last
 * {@value #KEPT} remembered here (with failures and running ones), every finished run
 * also in the stored {@link RunHistory}. A kind already being reindexed (here or by the
 * CLI on another machine) is refused before anything starts.
 */
@Service
@EnableConfigurationProperties(ContentProperties.class)
public class ReindexRuns implements DisposableBean {

	static final int KEPT = 50;

	private static final Logger log = LoggerFactory.getLogger(ReindexRuns.class);

	private final Reindex reindex;

	private final Path directory;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "editor-reindex");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<ReindexRun> runs = new ArrayDeque<>();

	/** Records read by this instance's running runs, by run id. */
	private final Map<String, AtomicLong> reading = new ConcurrentHashMap<>();

	private final RunHistory history;

	private final MeterRegistry meters;

	ReindexRuns(Reindex reindex, RunHistory history, ContentProperties properties, MeterRegistry meters) {
		this.reindex = reindex;
		this.history = history;
		this.directory = properties.directory();
		this.meters = meters;
	}

	/**
	 * Starts a reindex of the kind and returns its run at once.
	 * @throws ReindexLockedException when a run of the kind is already going on
	 */
	public synchronized ReindexRun start(ContentKind kind) {
		boolean running = this.runs.stream().anyMatch((run) -> run.kind() == kind && run.finishedAt() == null);
		if (running) {
			throw new ReindexLockedException(kind);
		}
		ContentSource source = (this.directory != null) ? ContentSource.file(this.directory.resolve(kind.fileName()))
				: ContentSource.sample(kind);
		ReindexRun run = new ReindexRun(UUID.randomUUID().toString(), kind, source.name(), Instant.now(), null, null,
				null, null, 0L);
		this.reading.put(run.id(), new AtomicLong());
		remember(run);
		this.executor.execute(() -> finish(run, source));
		return run;
	}

	private void finish(ReindexRun run, ContentSource source) {
		ReindexRun done;
		try {
			AtomicLong read = this.reading.get(run.id());
			ReindexReport report = this.reindex.run(run.kind(), source, read::set);
			done = new ReindexRun(run.id(), run.kind(), run.source(), run.startedAt(), Instant.now(), report, null,
					null, report.records());
			count(run.kind(), report.swapped() ? "swapped" : "refused", report.rejectedRecords());
		}
		catch (Exception ex) {
			log.warn("Reindex {} of {} failed: {}", run.id(), run.kind().slug(), ex.toString());
			done = new ReindexRun(run.id(), run.kind(), run.source(), run.startedAt(), Instant.now(), null,
					ex.getMessage(), null, this.reading.get(run.id()).get());
			count(run.kind(), "failed", 0);
			this.history.recordFailure(run.kind(),
					new RunHistory.Failure(run.id(), run.source(), run.startedAt(), ex.getMessage()));
		}
		replace(done);
		this.reading.remove(run.id());
	}

	/** Runs by outcome, and the records they rejected, for alerting. */
	private void count(ContentKind kind, String outcome, long rejected) {
		this.meters.counter("iq.reindex.runs", "kind", kind.slug(), "outcome", outcome).increment();
		this.meters.counter("iq.reindex.rejected.records", "kind", kind.slug()).increment(rejected);
	}

	/**
	 * The most recent runs first, of one kind or all: those of this API instance (running
	 * ones included), from the stored history those of the CLI, other instances and
	 * earlier starts, and from the kinds' locks what runs elsewhere now.
	 */
	public List<ReindexRun> recent(ContentKind kind, int last) throws IOException {
		List<ReindexRun> recent = new ArrayList<>();
		Set<String> known = new HashSet<>();
		Set<ContentKind> runningHere = new HashSet<>();
		synchronized (this) {
			for (ReindexRun run : this.runs) {
				if (kind == null || run.kind() == kind) {
					AtomicLong read = this.reading.get(run.id());
					recent.add((run.finishedAt() == null && read != null) ? run.reading(read.get()) : run);
					known.add((run.report() != null) ? run.report().index() : run.id());
					if (run.finishedAt() == null) {
						runningHere.add(run.kind());
					}
				}
			}
		}
		for (RunHistory.Entry entry : this.history.recent(kind, last)) {
			if (!known.add(entry.id())) {
				continue;
			}
			if (entry.report() != null) {
				recent.add(new ReindexRun(entry.report().index(), entry.kind(), entry.report().source(),
						entry.finishedAt().minus(entry.report().duration()), entry.finishedAt(), entry.report(), null,
						null, entry.report().records()));
			}
			else if (entry.failure() != null) {
				recent.add(new ReindexRun(entry.failure().id(), entry.kind(), entry.failure().source(),
						entry.failure().startedAt(), entry.finishedAt(), null, entry.failure().error(), null, null));
			}
		}
		// Going on elsewhere (another instance, the CLI), as the kinds' locks say: the
		// operator sees why a reindex is refused, and since when.
		for (Reindex.Running running : this.reindex.running()) {
			if ((kind == null || running.kind() == kind) && !runningHere.contains(running.kind())) {
				recent.add(new ReindexRun("lock:" + running.kind().slug() + ":" + running.since().toEpochMilli(),
						running.kind(), running.task(), running.since(), null, null, null, running.owner(),
						running.recordsRead()));
			}
		}
		recent.sort(Comparator.comparing(ReindexRun::startedAt).reversed());
		return recent.subList(0, Math.min(last, recent.size()));
	}

	private synchronized void remember(ReindexRun run) {
		this.runs.addFirst(run);
		while (this.runs.size() > KEPT) {
			this.runs.removeLast();
		}
	}

	private synchronized void replace(ReindexRun done) {
		List<ReindexRun> all = new ArrayList<>(this.runs);
		this.runs.clear();
		all.forEach((run) -> this.runs.addLast(run.id().equals(done.id()) ? done : run));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
