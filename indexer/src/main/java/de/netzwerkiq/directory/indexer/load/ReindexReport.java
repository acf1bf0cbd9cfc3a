package de.netzwerkiq.directory.indexer.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.source.Rejection;

/**
 * What one reindex run did.
 *
 * @param kind the content kind
 * @param source the source's name
 * @param index the versioned index the run wrote
 * @param previousIndex the index the alias pointed at before, or {@code null}
 * @param records records read (lines holding something)
 * @param indexed documents in the new index
 * @param rejectedRecords records not indexed
 * @param rejections every reason, with source line and pointer
 * @param swapped whether the alias now points at the new index
 * @param decision why the alias was or was not swapped
 * @param pruned older versions deleted
 * @param duration how long the run took
 * @param validByState valid records per federal state (ISO code) they cover, and
 * {@value #NATIONWIDE} for those that name none; a record in several states counts in
 * each
 */
public record ReindexReport(ContentKind kind, String source, String index, String previousIndex, long records,
		long indexed, long rejectedRecords, List<Rejection> rejections, boolean swapped, String decision,
		List<String> pruned, Duration duration, Map<String, Long> validByState, List<String> orphansRemoved) {

	/** The key of records that name no federal state. */
	public static final String NATIONWIDE = "nationwide";

	/** Lists are never null, also in reports read back from the run history. */
	public ReindexReport {
		rejections = (rejections != null) ? rejections : List.of();
		pruned = (pruned != null) ? pruned : List.of();
		validByState = (validByState != null) ? validByState : Map.of();
		orphansRemoved = (orphansRemoved != null) ? orphansRemoved : List.of();
	}

	/** A report an editor can read. */
	public String toText() {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "Reindex of %s from %s: %d records, %d indexed, %d rejected in %d ms%n",
				this.kind.slug(), this.source, this.records, this.indexed, this.rejectedRecords,
				this.duration.toMillis()));
		text.append(this.swapped ? "Alias swapped to " + this.index : "Alias NOT swapped")
			.append(": ")
			.append(this.decision)
			.append(System.lineSeparator());
		if (!this.validByState.isEmpty()) {
			text.append("Valid records by state: ")
				.append(this.validByState.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + " " + entry.getValue())
					.collect(Collectors.joining(", ")))
				.append(System.lineSeparator());
		}
		this.rejections
			.forEach((rejection) -> text.append("  rejected ").append(rejection).append(System.lineSeparator()));
		if (!this.orphansRemoved.isEmpty()) {
			text.append("Removed orphans of earlier runs: ")
				.append(String.join(", ", this.orphansRemoved))
				.append(System.lineSeparator());
		}
		if (!this.pruned.isEmpty()) {
			text.append("Pruned old versions: ").append(String.join(", ", this.pruned)).append(System.lineSeparator());
		}
		return text.toString();
	}

}
