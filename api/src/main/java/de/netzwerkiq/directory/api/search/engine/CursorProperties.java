package de.netzwerkiq.directory.api.search.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How cursors are signed.
 *
 * @param signingKey the HMAC key that proves a cursor was issued by this API, at least
 * {@value #MIN_KEY_LENGTH} characters; every instance behind one load balancer needs the
 * same one, or a cursor from one instance is refused by the next. Unset, each instance
 * makes a random key at start (and cursors do not survive a restart).
 */
@ConfigurationProperties("iq.cursors")
public record CursorProperties(String signingKey) {

	/** 256 bits of a random key written as text; shorter keys are guessable. */
	static final int MIN_KEY_LENGTH = 32;

	public CursorProperties {
		if (signingKey != null && signingKey.length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException("iq.cursors.signing-key must be at least " + MIN_KEY_LENGTH
					+ " characters (got " + signingKey.length() + ")");
		}
	}

}
