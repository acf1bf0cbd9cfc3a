package de.netzwerkiq.directory.api.sync;

import java.util.List;

import de.netzwerkiq.directory.indexer.content.ContentDocument;

/**
 * One page of a sync.
 *
 * @param records records to add or replace in the client's copy, as live now
 * @param deletedIds global ids of records to remove from it
 * @param token what to send next time
 * @param hasMore whether more is waiting now: call again at once with {@code token}
 */
record SyncPage(List<ContentDocument> records, List<String> deletedIds, String token, boolean hasMore) {

}
