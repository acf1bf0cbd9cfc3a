package de.netzwerkiq.directory.indexer.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;

/**
 * The one definition of "this record changed": a digest of its document without where it
 * came from. A dry run lists changes by it, and the change log records a change only when
 * it differs, so a record whose line merely moved in the file is never a change.
 */
public final class ContentDigest {

	private static final ObjectMapper JSON = ContentJson.objectMapper();

	private ContentDigest() {
	}

	/** The document without its source reference and stems, as one number. */
	public static long of(ContentDocument document) {
		ObjectNode json = JSON.valueToTree(document);
		json.remove("source");
		// Derived from the texts (which count) and not in _source, so never read back.
		json.remove("stems");
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.toString().getBytes(StandardCharsets.UTF_8));
			long digest = 0;
			for (int i = 0; i < 8; i++) {
				digest = (digest << 8) | (hash[i] & 0xff);
			}
			return digest;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
