package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.google.common.hash.Hashing;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;

/**
 * The one definition of "this record changed": a digest of its document without where it
 * came from. A dry run lists changes by it, and the change log records a change only when
 * it differs, so a record whose line merely moved in the file is never a change.
 * <p>
 * It hashes the document's JSON as it is indexed, without its source reference and stems
 * (derived from the texts, which count, and not in {@code _source}, so never read back).
 * A reindex writes it into each document ({@link IndexFields#CONTENT_DIGEST}, see
 * {@link IndexedJson}) from the bytes it sends anyway, so the change log compares two
 * versions by their digests instead of reading every document back.
 */
public final class ContentDigest {

	/** The document's JSON without {@code source} and {@code stems}. */
	private static final ObjectWriter CONTENT = ContentJson.objectMapper()
		.registerModule(new SimpleModule("content-only").setSerializerModifier(new WithoutDerivedFields()))
		.writer();

	/**
	 * 53 bits: read back from doc values by any JSON reader, as a double too, the number
	 * stays exact; one chance in 2^53 that a change goes unseen.
	 */
	private static final long MASK = (1L << 53) - 1;

	private ContentDigest() {
	}

	/** The document without its source reference and stems, as one number. */
	public static long of(ContentDocument document) {
		try {
			byte[] json = CONTENT.writeValueAsBytes(document);
			return of(json, 0, json.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a document cannot fail to be written as JSON", ex);
		}
	}

	/** Writes what {@link #of(ContentDocument)} hashes. */
	static void writeContent(ContentDocument document, OutputStream out) throws IOException {
		CONTENT.writeValue(out, document);
	}

	/** The digest of what {@link #writeContent} wrote. */
	static long of(byte[] content, int offset, int length) {
		return Hashing.murmur3_128().hashBytes(content, offset, length).asLong() & MASK;
	}

	/** Leaves a document's {@code source} and {@code stems} out. */
	private static final class WithoutDerivedFields extends BeanSerializerModifier {

		@Override
		public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
				List<BeanPropertyWriter> properties) {
			if (!ContentDocument.class.isAssignableFrom(description.getBeanClass())) {
				return properties;
			}
			List<BeanPropertyWriter> kept = new ArrayList<>(properties);
			kept.removeIf((property) -> property.getName().equals(IndexedJson.SOURCE)
					|| property.getName().equals(LanguageAnalysis.STEMS));
			return kept;
		}

	}

}
