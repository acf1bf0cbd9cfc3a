package de.netzwerkiq.directory.api.search.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.search.Relaxation;

/**
 * A position in a result list, sent to clients signed by {@link Cursors}. It pins the
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
 * @param typos where the first page matched words with typos; null in cursors from before
 */
public record Cursor(@JsonProperty("f") String search, @JsonProperty("i") List<String> indices,
		@JsonProperty("p") String pit, @JsonProperty("a") List<Object> after, @JsonProperty("t") Long evaluated,
		@JsonProperty("r") Relaxation relaxation, @JsonProperty("y") Typos typos) {

	List<FieldValue> sortValues() {
		try {
			return this.after.stream().map(FieldValues::of).toList();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", Cursors.NOT_OURS);
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

	/** The same position without its point-in-time, for reading it through a new one. */
	Cursor withoutPointInTime() {
		return new Cursor(this.search, this.indices, null, this.after, this.evaluated, this.relaxation, this.typos);
	}

}
