package de.netzwerkiq.directory.api.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.ChangeLog;

/**
 * Sync tokens: opaque to clients, and signed (HMAC-SHA256) so that a token edited to name
 * another index, another kind or a later sequence is refused, not served.
 */
@Component
public class SyncTokens {

	/** Longer than any token this API makes; a longer one is refused unread. */
	static final int MAX_LENGTH = 400;

	private static final String VERSION = "s1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SyncProperties properties;

	private final ChangeLog changeLog;

	private volatile SecretKeySpec key;

	SyncTokens(SyncProperties properties, ChangeLog changeLog) {
		this.properties = properties;
		this.changeLog = changeLog;
	}

	/**
	 * A token from which sync returns what changed after the given entry of the kind's
	 * log: what a webhook hands its receiver to fetch the rest.
	 */
	public String after(ContentKind kind, String epoch, long seq) {
		return encode(new SyncToken(kind, epoch, seq, null, null));
	}

	String encode(SyncToken token) {
		String payload = String.join("|", VERSION, token.kind().slug(), token.epoch(), Long.toString(token.seq()),
				orEmpty(token.version()), orEmpty(token.afterId()));
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
	}

	/**
	 * The token a client sent, checked.
	 * @throws InvalidArgumentException naming {@code token} for anything this API did not
	 * make, or made for another kind
	 */
	SyncToken decode(String text, ContentKind kind) {
		if (text.length() > MAX_LENGTH) {
			throw notOurs(text);
		}
		int dot = text.indexOf('.');
		byte[] payload;
		byte[] signature;
		try {
			payload = Base64.getUrlDecoder().decode(text.substring(0, Math.max(dot, 0)));
			signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			throw notOurs(text);
		}
		// Compared in constant time: the signature is the whole of the protection.
		if (dot < 1 || !MessageDigest.isEqual(sign(payload), signature)) {
			throw notOurs(text);
		}
		String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
		if (parts.length != 6 || !VERSION.equals(parts[0])) {
			throw notOurs(text);
		}
		ContentKind of = Arrays.stream(ContentKind.values())
			.filter((k) -> k.slug().equals(parts[1]))
			.findFirst()
			.orElseThrow(() -> notOurs(text));
		if (of != kind) {
			throw new InvalidArgumentException("token", "token belongs to a sync of " + of.name() + ", not of "
					+ kind.name() + "; keep one token per kind");
		}
		return new SyncToken(of, parts[2], Long.parseLong(parts[3]), nullIfEmpty(parts[4]), nullIfEmpty(parts[5]));
	}

	private static InvalidArgumentException notOurs(String text) {
		return new InvalidArgumentException("token",
				"token is not a sync token of this API (got "
						+ ((text.length() > 40) ? text.length() + " characters" : "'" + text + "'")
						+ "); send back the token of the last answer unchanged, or none to sync from scratch");
	}

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			String secret = this.properties.tokenSecret();
			byte[] bytes;
			try {
				bytes = (secret != null && !secret.isBlank()) ? secret.getBytes(StandardCharsets.UTF_8)
						: this.changeLog.tokenKey();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			current = new SecretKeySpec(bytes, "HmacSHA256");
			this.key = current;
		}
		return current;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String nullIfEmpty(String value) {
		return value.isEmpty() ? null : value;
	}

}
