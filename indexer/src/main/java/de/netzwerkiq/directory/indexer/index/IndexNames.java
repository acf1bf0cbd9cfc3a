package de.netzwerkiq.directory.indexer.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * The one place index and alias names are made. Searches use the alias
 * ({@code <prefix><kind>}); each reindex writes a new versioned index
 * ({@code <prefix><kind>-<utc timestamp>}) that the alias is then swapped to.
 *
 * @param prefix prepended to every name, e.g. {@code iq-}; tests use a unique one
 */
public record IndexNames(String prefix) {

	public static final String DEFAULT_PREFIX = "iq-";

	private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	public IndexNames {
		if (prefix == null || !prefix.matches("[a-z0-9][a-z0-9_.-]{0,60}")) {
			throw new IllegalArgumentException(
					"index prefix '" + prefix + "' must be lower-case letters, digits, '-', '_' or '.' (at most 61)");
		}
	}

	public static IndexNames defaults() {
		return new IndexNames(DEFAULT_PREFIX);
	}

	/** The alias that searches read. */
	public String alias(ContentKind kind) {
		return this.prefix + kind.slug();
	}

	/**
	 * An alias over every version that was ever live and is not yet pruned. It is moved
	 * in the same atomic update as the live alias, so a version outside it was never
	 * published: an orphan of a failed or interrupted run.
	 */
	public String published(ContentKind kind) {
		return alias(kind) + "-published";
	}

	/** The index holding the reports of past reindex runs. */
	public String runs() {
		return this.prefix + "reindex-runs";
	}

	/**
	 * The index holding the change log: which records of each kind changed or went, in
	 * order, for sync.
	 */
	public String changes() {
		return this.prefix + "content-changes";
	}

	/**
	 * The index holding what followers of the change log (the API's webhooks) still owe
	 * their receivers, and how far each has read.
	 */
	public String deliveries() {
		return this.prefix + "change-deliveries";
	}

	/**
	 * The index holding the latest delivery attempts of the API's webhooks and their
	 * outcomes, as editors see them (a bounded number, the oldest pruned).
	 */
	public String deliveryAttempts() {
		return this.prefix + "delivery-attempts";
	}

	/** The index holding each kind's reindex lock. */
	public String locks() {
		return this.prefix + "reindex-locks";
	}

	public String newVersion(ContentKind kind, Instant now) {
		return alias(kind) + "-" + VERSION.format(now);
	}

	/** A pattern matching every versioned index of a kind (and, harmlessly, more). */
	String versionsPattern(ContentKind kind) {
		return alias(kind) + "-*";
	}

	/** Whether the index is a version of the kind (as its live alias may point at). */
	public boolean isVersionOf(ContentKind kind, String index) {
		return index.startsWith(alias(kind) + "-")
				&& Pattern.matches("\\d{8}-\\d{6}-\\d{3}", index.substring(alias(kind).length() + 1));
	}

}
