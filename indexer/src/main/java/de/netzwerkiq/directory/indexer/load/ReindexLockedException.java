package de.netzwerkiq.directory.indexer.load;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/** Another run holds the kind's lock; nothing was changed. */
public class ReindexLockedException extends RuntimeException {

	/** A run of the kind is known to be going on, its holder unknown. */
	public ReindexLockedException(ContentKind kind) {
		this(kind, null);
	}

	ReindexLockedException(ContentKind kind, KindLock.Lease holder) {
		super("A reindex or rollback of " + kind.slug() + " is already running"
				+ ((holder != null) ? " (started " + holder.acquiredAt() + " by " + holder.owner()
						+ "); try again when it has finished, or after " + holder.expiresAt()
						+ " if that process has died" : "; try again shortly"));
	}

}
