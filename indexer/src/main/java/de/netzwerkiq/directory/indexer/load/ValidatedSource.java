package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.NdjsonReader;
import de.netzwerkiq.directory.indexer.source.Rejection;
import de.netzwerkiq.directory.indexer.source.SourcePosition;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.validation.Violation;

/**
 * Reads a source the way every publishing path must: each line parsed, validated, checked
 * for duplicate ids and slugs ({@link DuplicateKeys}: the few lines that may repeat an
 * earlier one are decided in a second, sparse pass), and mapped; valid documents go to a
 * sink, every problem is collected with its line and pointer. Used by reindex and its dry
 * run.
 *
 * @param <R> the source record
 * @param <D> the document
 */
final class ValidatedSource<R extends SourceRecord, D extends ContentDocument> {

	/** Where valid documents go. */
	@FunctionalInterface
	interface Sink<R, D> {

		void accept(R record, D document, SourcePosition position);

	}

	private static final ObjectReader KEYS = ContentJson.objectMapper().readerFor(Keys.class);

	private final ContentPipeline<R, D> pipeline;

	private final Function<R, Optional<Violation>> extraCheck;

	private final List<Rejection> rejections = new ArrayList<>();

	private final TreeSet<Long> rejectedLines = new TreeSet<>();

	private long records;

	private int progressEvery = Integer.MAX_VALUE;

	private LongConsumer progress = (records) -> {
	};

	ValidatedSource(ContentPipeline<R, D> pipeline) {
		this(pipeline, (record) -> Optional.empty());
	}

	/**
	 * With one more check, run only on records that passed all others (it may be costly).
	 */
	ValidatedSource(ContentPipeline<R, D> pipeline, Function<R, Optional<Violation>> extraCheck) {
		this.pipeline = pipeline;
		this.extraCheck = extraCheck;
	}

	/** Tells how many records were read every so many, and once all were. */
	ValidatedSource<R, D> progress(int every, LongConsumer progress) {
		this.progressEvery = every;
		this.progress = progress;
		return this;
	}

	void read(ContentSource source, Sink<R, D> sink) throws IOException {
		NdjsonReader<R> reader = new NdjsonReader<>(ContentJson.objectMapper(), this.pipeline.recordType());
		try (DuplicateKeys keys = DuplicateKeys.create()) {
			reader.onUnbound((line, bytes) -> keysOf(bytes).ifPresent((k) -> keys.addRejected(k.id(), k.slug(), line)));
			reader.read(source, (parsed) -> {
				counted();
				R record = parsed.value();
				// A line that may repeat an earlier id or slug waits until every key is
				// known; the others (nearly all) go on at once.
				if (!keys.add(record.id(), record.slug(), parsed.position().line())) {
					accept(parsed, List.of(), sink);
				}
			}, (rejection) -> {
				counted();
				reject(rejection);
			});
			this.progress.accept(this.records);
			if (keys.heldBack() > 0) {
				Map<Long, List<Violation>> repeats = keys.repeats();
				// The keys file is sorted and closed now; held-back lines were records.
				reader.onUnbound((line, bytes) -> {
				});
				reader.read(source, keys.heldBackLines(),
						(parsed) -> accept(parsed, repeats.getOrDefault(parsed.position().line(), List.of()), sink),
						// Only lines that parsed were held back; a source changed since
						// then is reported as it reads now.
						this::reject);
			}
		}
	}

	/**
	 * The id and slug of a line that is JSON but no valid record; every other field is
	 * skipped.
	 */
	private static Optional<Keys> keysOf(byte[] line) {
		try {
			return Optional.ofNullable(KEYS.readValue(line));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Keys(String id, String slug) {

	}

	private void counted() {
		if (++this.records % this.progressEvery == 0) {
			this.progress.accept(this.records);
		}
	}

	private void accept(NdjsonReader.Parsed<R> parsed, List<Violation> repeats, Sink<R, D> sink) {
		long line = parsed.position().line();
		R record = parsed.value();
		List<Violation> violations = new ArrayList<>(this.pipeline.validate(record));
		// Also for invalid records: an editor fixing one duplicate should hear of the
		// other.
		violations.addAll(repeats);
		if (violations.isEmpty()) {
			this.extraCheck.apply(record).ifPresent(violations::add);
		}
		if (violations.isEmpty()) {
			sink.accept(record, this.pipeline.toDocument(record, parsed.position()), parsed.position());
		}
		else {
			violations
				.forEach((v) -> reject(new Rejection(parsed.position().origin(), line, v.pointer(), v.message())));
		}
	}

	/** Documents Elasticsearch refused count as rejected records too. */
	void addFailures(List<Rejection> failures) {
		failures.forEach(this::reject);
	}

	/** A record counts once as rejected, however many reasons it has. */
	private void reject(Rejection rejection) {
		this.rejectedLines.add(rejection.line());
		this.rejections.add(rejection);
	}

	long records() {
		return this.records;
	}

	long rejectedRecords() {
		return this.rejectedLines.size();
	}

	double rejectedShare() {
		return (this.records == 0) ? 0 : (double) this.rejectedLines.size() / this.records;
	}

	/** Every rejection, in line order. */
	List<Rejection> rejections() {
		List<Rejection> sorted = new ArrayList<>(this.rejections);
		sorted.sort(java.util.Comparator.comparingLong(Rejection::line));
		return List.copyOf(sorted);
	}

}
