package de.netzwerkiq.directory.api.search.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.search.Relaxation;

/**
 * A position in a result list, sent to clients as opaque base64url JSON. It pins the
 * concrete indices the first page came from (and, from the second page on, a
 * point-in-time over them), so a cursor taken before an alias swap keeps reading the
 * version it started on, and carries a fingerprint of the search so it is refused for a
 * different one.
 *
 * @param search fingerprint of the search arguments
 * @param indices the concrete indices searched
 * @param pit the point-in-time id; null until the second page
 * @param after the sort values of the result it points after
 * @param evaluated epoch milliseconds of the first page, which later pages are filtered
 * as of
 * @param relaxation how the first page relaxed the text; null when it did not
 * @param typos whether the first page matched words with typos
 */
public record Cursor(@JsonProperty("f") String search, @JsonProperty("i") List<String> indices,
		@JsonProperty("p") String pit, @JsonProperty("a") List<Object> after, @JsonProperty("t") Long evaluated,
		@JsonProperty("r") Relaxation relaxation, @JsonProperty("y") boolean typos) {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int MAX_LENGTH = 4096;

	String encode() {
		try {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A cursor could not be written", ex);
		}
	}

	/**
	 * @throws InvalidArgumentException for anything that is not a cursor of this API or
	 * belongs to a different search
	 */
	static Cursor decode(String text, String search) {
		Cursor cursor;
		try {
			if (text.length() > MAX_LENGTH) {
				throw new IOException("too long");
			}
			cursor = JSON.readValue(Base64.getUrlDecoder().decode(text.strip()), Cursor.class);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new InvalidArgumentException("after",
					"after is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor unchanged");
		}
		// "null" is valid JSON for no cursor at all.
		if (cursor == null || cursor.search() == null || cursor.indices() == null || cursor.indices().isEmpty()
				|| cursor.after() == null || cursor.after().isEmpty()) {
			throw new InvalidArgumentException("after",
					"after is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor unchanged");
		}
		if (!cursor.search().equals(search)) {
			throw new InvalidArgumentException("after",
					"after belongs to a different search: a cursor only works with the arguments (text, near, within, filter, sort) of the search it came from");
		}
		return cursor;
	}

	/**
	 * When the search of this cursor was evaluated; null when the text is no cursor (the
	 * search then says so) or has no time.
	 */
	public static Instant evaluatedAt(String text) {
		try {
			Cursor cursor = (text.length() <= MAX_LENGTH)
					? JSON.readValue(Base64.getUrlDecoder().decode(text.strip()), Cursor.class) : null;
			return (cursor != null && cursor.evaluated() != null) ? Instant.ofEpochMilli(cursor.evaluated()) : null;
		}
		catch (IOException | IllegalArgumentException | java.time.DateTimeException ex) {
			return null;
		}
	}

	List<FieldValue> sortValues() {
		try {
			return this.after.stream().map(FieldValues::of).toList();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after",
					"after is not a cursor of this API; pass an edge's cursor or pageInfo.endCursor unchanged");
		}
	}

	/** Fingerprints are compared, never decoded; a short hash keeps cursors small. */
	static String fingerprint(String canonicalSearch) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(canonicalSearch.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 9));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
