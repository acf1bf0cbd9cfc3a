package de.netzwerkiq.directory.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The accepted editor keys, held as SHA-256 digests and compared in constant time, so
 * neither a heap dump nor response timing gives a key away.
 */
public final class EditorKeys {

	/** Shorter keys are guessable. */
	static final int MIN_LENGTH = 24;

	private final List<byte[]> digests = new ArrayList<>();

	private final String developmentKey;

	private EditorKeys(List<String> keys, String developmentKey) {
		for (String key : keys) {
			if (key == null || key.strip().length() < MIN_LENGTH) {
				throw new IllegalArgumentException("iq.security.editor-api-keys: every key needs at least " + MIN_LENGTH
						+ " characters (got one with " + ((key != null) ? key.strip().length() : 0) + ")");
			}
			this.digests.add(sha256(key.strip()));
		}
		this.developmentKey = developmentKey;
	}

	static EditorKeys configured(List<String> keys) {
		return new EditorKeys(keys, null);
	}

	/** A random key for the embedded default, printed at start. */
	static EditorKeys development() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String key = "iq-dev-" + HexFormat.of().formatHex(random);
		return new EditorKeys(List.of(key), key);
	}

	public boolean accepts(String key) {
		byte[] digest = sha256(key);
		boolean match = false;
		for (byte[] accepted : this.digests) {
			match |= MessageDigest.isEqual(accepted, digest);
		}
		return match;
	}

	public boolean isEmpty() {
		return this.digests.isEmpty();
	}

	/** The generated development key, if this is one. */
	public Optional<String> developmentKey() {
		return Optional.ofNullable(this.developmentKey);
	}

	private static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
