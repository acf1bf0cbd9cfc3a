package de.netzwerkiq.directory.indexer.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectWriter;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;

/**
 * A document as a reindex sends it: its content as {@link ContentDigest} hashes it, then
 * its source reference, stems and that digest, written once into the bytes the bulk
 * request carries. Handed to the {@code BulkIngester} as {@link BinaryData}, it is
 * neither written again to measure it nor copied into the request.
 */
final class IndexedJson {

	/** The document's source reference. */
	static final String SOURCE = "source";

	private static final ObjectWriter JSON = ContentJson.objectMapper().writer();

	private static final byte[] SOURCE_FIELD = (",\"" + SOURCE + "\":").getBytes(StandardCharsets.UTF_8);

	private static final byte[] STEMS_FIELD = (",\"" + LanguageAnalysis.STEMS + "\":").getBytes(StandardCharsets.UTF_8);

	private static final byte[] DIGEST_FIELD = (",\"" + IndexFields.CONTENT_DIGEST + "\":")
		.getBytes(StandardCharsets.UTF_8);

	/** A record's JSON is about 2 kB, its stems included. */
	private static final int INITIAL_SIZE = 4096;

	private IndexedJson() {
	}

	static BinaryData of(ContentDocument document) {
		Buffer out = new Buffer();
		try {
			ContentDigest.writeContent(document, out);
			long digest = ContentDigest.of(out.bytes(), 0, out.size());
			// Reopens the object: the content ends with its closing brace.
			out.dropClosingBrace();
			if (document.source() != null) {
				out.write(SOURCE_FIELD);
				JSON.writeValue(out, document.source());
			}
			if (document.stems() != null) {
				out.write(STEMS_FIELD);
				JSON.writeValue(out, document.stems());
			}
			out.write(DIGEST_FIELD);
			out.write(Long.toString(digest).getBytes(StandardCharsets.US_ASCII));
			out.write('}');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a document cannot fail to be written as JSON", ex);
		}
		return BinaryData.of(out.bytes(), 0, out.size(), ContentType.APPLICATION_JSON);
	}

	/** Gives its bytes without a copy. */
	private static final class Buffer extends ByteArrayOutputStream {

		Buffer() {
			super(INITIAL_SIZE);
		}

		byte[] bytes() {
			return this.buf;
		}

		void dropClosingBrace() {
			if (this.count == 0 || this.buf[this.count - 1] != '}') {
				throw new IllegalStateException("a document's JSON must end with '}'");
			}
			this.count--;
		}

	}

}
