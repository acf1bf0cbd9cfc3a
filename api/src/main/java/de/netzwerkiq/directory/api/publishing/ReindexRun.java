package de.netzwerkiq.directory.api.publishing;

import java.time.Instant;
import java.util.List;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.source.Rejection;

/**
 * One reindex, running or done.
 *
 * @param id run id
 * @param kind the kind
 * @param source what it reads
 * @param startedAt when it started
 * @param finishedAt when it ended, or null while running
 * @param report the report once it ran to a decision
 * @param error why it failed, if it failed
 * @param runBy the process holding the kind's lock, for a run going on in another API
 * instance or the CLI; null for this instance's runs and finished ones
 * @param recordsRead records read so far (counted every thousand) or, once finished, in
 * all; for work in another process, as of its lock's last renewal; null when not known
 */
public record ReindexRun(String id, ContentKind kind, String source, Instant startedAt, Instant finishedAt,
		ReindexReport report, String error, String runBy, Long recordsRead) {

	/** The same run, having read this many records. */
	ReindexRun reading(long records) {
		return new ReindexRun(this.id, this.kind, this.source, this.startedAt, this.finishedAt, this.report, this.error,
				this.runBy, records);
	}

	public ReindexStatus status() {
		if (this.finishedAt == null) {
			return ReindexStatus.RUNNING;
		}
		if (this.report == null) {
			return ReindexStatus.FAILED;
		}
		return this.report.swapped() ? ReindexStatus.SWAPPED : ReindexStatus.NOT_SWAPPED;
	}

	public List<Rejection> rejections() {
		return (this.report != null) ? this.report.rejections() : List.of();
	}

}
