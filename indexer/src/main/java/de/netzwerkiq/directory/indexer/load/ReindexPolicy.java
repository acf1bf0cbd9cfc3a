package de.netzwerkiq.directory.indexer.load;

/**
 * When a reindex may swap the alias, and how much it keeps.
 *
 * @param maxRejectedShare the largest share of rejected records (0..1) that still swaps
 * @param keepVersions how many versioned indices to keep for rollback, the live one
 * included
 * @param bulkBatchSize documents per bulk request
 */
public record ReindexPolicy(double maxRejectedShare, int keepVersions, int bulkBatchSize) {

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
	}

	/** At most 10 % rejected, three versions kept, 500 documents a request. */
	public static ReindexPolicy defaults() {
		return new ReindexPolicy(0.10, 3, 500);
	}

}
