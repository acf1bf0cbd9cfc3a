package de.netzwerkiq.directory.api.content;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * Relay global ids: record ids are unique within a kind only, so the global id is the
 * kind and the record id, base64url-encoded so clients treat it as opaque.
 */
public final class GlobalIds {

	private GlobalIds() {
	}

	public static String of(ContentDocument document) {
		return of(ContentTypes.kindOf(document), document.id());
	}

	public static String of(ContentKind kind, String recordId) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((kind.slug() + ":" + recordId).getBytes(StandardCharsets.UTF_8));
	}

	/** The kind and record id of a global id; empty for anything else. */
	public static Optional<Reference> parse(String id) {
		if (id == null || id.length() > 300) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(id.strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 1 || colon == decoded.length() - 1) {
				return Optional.empty();
			}
			return Optional
				.of(new Reference(ContentKind.fromSlug(decoded.substring(0, colon)), decoded.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What a global id names.
	 *
	 * @param kind the kind
	 * @param recordId the record's id within it
	 */
	public record Reference(ContentKind kind, String recordId) {

	}

}
