package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * The reports of past reindex runs, kept in Elasticsearch so that every run (CLI, API,
 * another machine) can be looked up afterwards. A report keeps at most
 * {@value #MAX_REJECTIONS} rejections; the counts are always complete.
 */
public final class RunHistory {

	static final int MAX_REJECTIONS = 1000;

	private static final Logger log = LoggerFactory.getLogger(RunHistory.class);

	/**
	 * One stored run: a report, or for a run that failed before it had one, its error.
	 *
	 * @param kind the kind
	 * @param finishedAt when it ended
	 * @param report its report (rejections capped); null for a failed run
	 * @param failure what a failed run ended with; null for a run with a report
	 */
	public record Entry(ContentKind kind, Instant finishedAt, ReindexReport report, Failure failure) {

		/**
		 * The id a run is known by: its index, or for a failed run the id it was given.
		 */
		public String id() {
			return (this.report != null) ? this.report.index() : this.failure.id();
		}

	}

	/**
	 * A run that ended without a report (Elasticsearch lost, the source unreadable).
	 *
	 * @param id the run's id
	 * @param source where it read from
	 * @param startedAt when it started
	 * @param error what it ended with
	 */
	public record Failure(String id, String source, Instant startedAt, String error) {

	}

	private final ElasticsearchClient client;

	private final String index;

	public RunHistory(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.index = names.runs();
	}

	/** Stores a report; a failure is logged, never passed on: the run itself is done. */
	void record(ReindexReport report) {
		ReindexReport capped = (report.rejections().size() <= MAX_REJECTIONS) ? report
				: new ReindexReport(report.kind(), report.source(), report.index(), report.previousIndex(),
						report.records(), report.indexed(), report.rejectedRecords(),
						report.rejections().subList(0, MAX_REJECTIONS), report.swapped(), report.decision(),
						report.pruned(), report.duration(), report.validByState(), report.orphansRemoved());
		try {
			ensureIndex();
			this.client.index((i) -> i.index(this.index)
				.id(report.index())
				.document(new Entry(report.kind(), Instant.now(), capped, null))
				.refresh(Refresh.True));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not store the report of {} in {}: {}", report.index(), this.index, ex.toString());
		}
	}

	/**
	 * Stores a run that failed without a report, so it stays on record after a restart
	 * and for other instances; a failure to store it is logged, never passed on.
	 */
	public void recordFailure(ContentKind kind, Failure failure) {
		try {
			ensureIndex();
			this.client.index((i) -> i.index(this.index)
				.id(failure.id())
				.document(new Entry(kind, Instant.now(), null, failure))
				.refresh(Refresh.True));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not store the failure of run {} in {}: {}", failure.id(), this.index, ex.toString());
		}
	}

	/** The latest runs, newest first, of one kind or (kind null) of all. */
	public List<Entry> recent(ContentKind kind, int last) throws IOException {
		if (!this.client.indices().exists((e) -> e.index(this.index)).value()) {
			return List.of();
		}
		return this.client.search((s) -> {
			s.index(this.index).size(last).sort((o) -> o.field((f) -> f.field("finishedAt").order(SortOrder.Desc)));
			return (kind == null) ? s : s.query((q) -> q.term((t) -> t.field("kind").value(kind.name())));
		}, Entry.class).hits().hits().stream().map((hit) -> hit.source()).toList();
	}

	private void ensureIndex() throws IOException {
		BookkeepingIndex.ensure(this.client, this.index,
				(m) -> m.properties("kind", (p) -> p.keyword((k) -> k))
					.properties("finishedAt", (p) -> p.date((d) -> d))
					// Kept to be read back, not searched.
					.properties("report", (p) -> p.object((o) -> o.enabled(false)))
					.properties("failure", (p) -> p.object((o) -> o.enabled(false))));
	}

}
