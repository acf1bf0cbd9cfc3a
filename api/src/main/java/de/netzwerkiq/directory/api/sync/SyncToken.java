package de.netzwerkiq.directory.api.sync;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * Where a client's copy of a kind stands.
 *
 * @param kind the kind synced
 * @param epoch the change log's epoch the sequence belongs to
 * @param seq every change up to this entry of the log is in the copy (or, while
 * {@code version} is set, will be once the initial pages are read)
 * @param version during the initial sync, the index version being read; null after
 * @param afterId during the initial sync, the last record id read; null before the first
 */
record SyncToken(ContentKind kind, String epoch, long seq, String version, String afterId) {

	boolean initial() {
		return this.version != null;
	}

}
