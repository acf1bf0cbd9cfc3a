package de.netzwerkiq.directory.api.search.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;

/**
 * Writes and reads {@link Cursor}s as clients see them: base64url JSON, a dot and an HMAC
 * (SHA-256, cut to {@value #SIGNATURE_BYTES} bytes) of it. A cursor is opaque but not
 * secret: without the signature, a client could edit its sort values or point-in-time id
 * into a request Elasticsearch fails on, which would read as an outage ("retry") rather
 * than the client's mistake. Signed, a cursor this API did not issue, or one edited by a
 * single character, is refused as a BAD_REQUEST naming {@code after} before Elasticsearch
 * is asked.
 */
@Component
@EnableConfigurationProperties(CursorProperties.class)
class Cursors {

	private static final Logger log = LoggerFactory.getLogger(Cursors.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ALGORITHM = "HmacSHA256";

	/** 128 bits: forging one takes 2^128 tries; cursors stay short. */
	private static final int SIGNATURE_BYTES = 16;

	/** Far more than a cursor of ours needs; longer texts are not read. */
	private static final int MAX_LENGTH = 4096;

	static final String NOT_OURS = "after is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor unchanged";

	private final SecretKeySpec key;

	Cursors(CursorProperties properties) {
		byte[] secret;
		if (properties.signingKey() != null) {
			secret = properties.signingKey().getBytes(StandardCharsets.UTF_8);
		}
		else {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			log.info("Cursors are signed with a key made at start; several instances behind one load balancer "
					+ "need the same iq.cursors.signing-key");
		}
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	String encode(Cursor cursor) {
		try {
			String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(cursor));
			return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(payload));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A cursor could not be written", ex);
		}
	}

	/**
	 * @param search the fingerprint of the search the cursor is used with
	 * @throws InvalidArgumentException for anything that is not a cursor this API issued,
	 * or one of a different search
	 */
	Cursor decode(String text, String search) {
		Cursor cursor = read(text);
		// "null" is valid JSON for no cursor at all.
		if (cursor == null || cursor.search() == null || cursor.indices() == null || cursor.indices().isEmpty()
				|| cursor.after() == null || cursor.after().isEmpty()) {
			throw new InvalidArgumentException("after", NOT_OURS);
		}
		if (!cursor.search().equals(search)) {
			throw new InvalidArgumentException("after",
					"after belongs to a different search: a cursor only works with the arguments (text, near, within, filter, sort) of the search it came from");
		}
		return cursor;
	}

	/**
	 * When the search of this cursor was evaluated; null when the text is no cursor of
	 * ours (the search then says so) or has no time.
	 */
	Instant evaluatedAt(String text) {
		try {
			Cursor cursor = read(text);
			return (cursor != null && cursor.evaluated() != null) ? Instant.ofEpochMilli(cursor.evaluated()) : null;
		}
		catch (InvalidArgumentException | DateTimeException ex) {
			return null;
		}
	}

	/** The cursor in a signed text; null for the JSON null. */
	private Cursor read(String text) {
		String trimmed = text.strip();
		int dot = trimmed.lastIndexOf('.');
		if (trimmed.length() > MAX_LENGTH || dot < 0) {
			throw new InvalidArgumentException("after", NOT_OURS);
		}
		String payload = trimmed.substring(0, dot);
		try {
			byte[] given = Base64.getUrlDecoder().decode(trimmed.substring(dot + 1));
			if (!MessageDigest.isEqual(given, signature(payload))) {
				throw new InvalidArgumentException("after", NOT_OURS);
			}
			return JSON.readValue(Base64.getUrlDecoder().decode(payload), Cursor.class);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", NOT_OURS);
		}
	}

	private byte[] signature(String payload) {
		try {
			// A Mac is not thread-safe; a new one costs microseconds.
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
