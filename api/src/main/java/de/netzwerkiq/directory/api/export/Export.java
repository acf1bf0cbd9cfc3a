package de.netzwerkiq.directory.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.LiveRecords;
import de.netzwerkiq.directory.indexer.mapping.ContentMapper;

/**
 * One kind's live records as NDJSON in the shape of the source files (a reindex of the
 * export changes nothing), streamed a page at a time from a snapshot of the live index.
 */
@Service
class Export {

	private static final Logger log = LoggerFactory.getLogger(Export.class);

	private static final String KINDS = Arrays.stream(ContentKind.values())
		.map(ContentKind::slug)
		.collect(Collectors.joining(", "));

	/** Each line its own JSON value: the stream must not be closed after the first. */
	private static final ObjectWriter LINE = ContentJson.objectMapper()
		.copy()
		.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
		.writer();

	private final LiveRecords live;

	private final ChangeLog changeLog;

	Export(LiveRecords live, ChangeLog changeLog) {
		this.live = live;
		this.changeLog = changeLog;
	}

	/**
	 * What an export of the kind would read now.
	 *
	 * @param kind the kind
	 * @param version the live index version it reads
	 * @param etag changes whenever the live content may have: another version, or an
	 * entry in the change log (a publish or unpublish in place)
	 */
	record Snapshot(ContentKind kind, String version, String etag) {

	}

	/**
	 * @throws InvalidArgumentException naming {@code kind} for a kind we do not have
	 */
	static ContentKind kind(String slug) {
		return Arrays.stream(ContentKind.values())
			.filter((kind) -> kind.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new InvalidArgumentException("kind", "kind must be one of " + KINDS + " (got '"
					+ ((slug.length() > 40) ? slug.substring(0, 40) + "…" : slug) + "')"));
	}

	/** Empty when the kind has no live index yet. */
	Optional<Snapshot> snapshot(ContentKind kind) {
		try {
			// The head first: content read later is never older than the tag says.
			long committed = this.changeLog.head(kind).map(ChangeLog.Head::committed).orElse(0L);
			return this.live.live(kind)
				.map((version) -> new Snapshot(kind, version, "W/\"" + version + "." + committed + "\""));
		}
		catch (IOException | UncheckedIOException | IndexOperationException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	/** Writes every record of the snapshot, one a line, gzipped if asked. */
	void write(Snapshot snapshot, OutputStream out, boolean gzip) throws IOException {
		OutputStream target = gzip ? new GZIPOutputStream(out, 64 * 1024) : out;
		try {
			long count = this.live.each(snapshot.kind(), snapshot.version(), (document) -> {
				LINE.writeValue(target, ContentMapper.INSTANCE.sourceRecord(document));
				target.write('\n');
			});
			log.debug("Exported {} {} from {}", count, snapshot.kind().slug(), snapshot.version());
		}
		catch (IndexOperationException ex) {
			// The answer has begun: all a client can be told is that it is cut short.
			log.warn("Export of {} broke off: {}", snapshot.version(), ex.getMessage());
			throw new IOException("Export broke off", ex);
		}
		if (gzip) {
			((GZIPOutputStream) target).finish();
		}
		target.flush();
	}

}
