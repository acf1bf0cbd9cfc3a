package de.netzwerkiq.directory.indexer.load;

import java.time.Duration;

/**
 * When a reindex may swap the alias, and how much it keeps.
 *
 * @param maxRejectedShare the largest share of rejected records (0..1) that still swaps
 * @param keepVersions how many versioned indices to keep for rollback, the live one
 * included
 * @param bulkBatchSize documents per bulk request
 * @param lockTtl how long a run's lock on its kind lasts without being renewed; a run
 * renews it every third of that, so only a dead run's lock runs out
 * @param maxCountDrop the largest drop (0..1) in documents against the live index that
 * still swaps: a half-uploaded file should not replace the whole directory
 * @param changeRetention how long the change log keeps what changed, so how old a sync
 * token may be before its client must sync from scratch
 */
public record ReindexPolicy(double maxRejectedShare, int keepVersions, int bulkBatchSize, Duration lockTtl,
		double maxCountDrop, Duration changeRetention) {

	/** An app opened once a month still syncs only what changed. */
	public static final Duration DEFAULT_CHANGE_RETENTION = Duration.ofDays(90);

	/** A third fewer documents than live is a mistake more often than an intention. */
	public static final double DEFAULT_MAX_COUNT_DROP = 0.3;

	public static final Duration DEFAULT_LOCK_TTL = Duration.ofMinutes(2);

	public ReindexPolicy {
		if (maxRejectedShare < 0 || maxRejectedShare > 1) {
			throw new IllegalArgumentException("maxRejectedShare must be between 0 and 1, got " + maxRejectedShare);
		}
		if (keepVersions < 1) {
			throw new IllegalArgumentException("keepVersions must be at least 1, got " + keepVersions);
		}
		if (bulkBatchSize < 1 || bulkBatchSize > 10_000) {
			throw new IllegalArgumentException("bulkBatchSize must be 1..10000, got " + bulkBatchSize);
		}
		if (lockTtl == null || lockTtl.toMillis() < 300 || lockTtl.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException("lockTtl must be between 300 ms and 1 h, got " + lockTtl);
		}
		if (maxCountDrop < 0 || maxCountDrop > 1) {
			throw new IllegalArgumentException("maxCountDrop must be between 0 and 1, got " + maxCountDrop);
		}
		if (changeRetention == null || changeRetention.isNegative()) {
			throw new IllegalArgumentException("changeRetention must be 0 or more, got " + changeRetention);
		}
	}

	public ReindexPolicy(double maxRejectedShare, int keepVersions, int bulkBatchSize, Duration lockTtl,
			double maxCountDrop) {
		this(maxRejectedShare, keepVersions, bulkBatchSize, lockTtl, maxCountDrop, DEFAULT_CHANGE_RETENTION);
	}

	public ReindexPolicy(double maxRejectedShare, int keepVersions, int bulkBatchSize) {
		this(maxRejectedShare, keepVersions, bulkBatchSize, DEFAULT_LOCK_TTL, DEFAULT_MAX_COUNT_DROP);
	}

	public ReindexPolicy withLockTtl(Duration ttl) {
		return new ReindexPolicy(this.maxRejectedShare, this.keepVersions, this.bulkBatchSize, ttl, this.maxCountDrop,
				this.changeRetention);
	}

	public ReindexPolicy withMaxCountDrop(double drop) {
		return new ReindexPolicy(this.maxRejectedShare, this.keepVersions, this.bulkBatchSize, this.lockTtl, drop,
				this.changeRetention);
	}

	public ReindexPolicy withChangeRetention(Duration retention) {
		return new ReindexPolicy(this.maxRejectedShare, this.keepVersions, this.bulkBatchSize, this.lockTtl,
				this.maxCountDrop, retention);
	}

	/**
	 * At most 10 % rejected, three versions kept, 500 documents a request, a 2-minute
	 * lock.
	 */
	public static ReindexPolicy defaults() {
		return new ReindexPolicy(0.10, 3, 500);
	}

}
