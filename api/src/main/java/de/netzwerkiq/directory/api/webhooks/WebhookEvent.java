package de.netzwerkiq.directory.api.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * What a receiver is sent: one change made live.
 *
 * @param id unique per event (the same in every retry): receivers drop repeats by it
 * @param kind the kind, as the GraphQL enum names it
 * @param action REINDEX (a swap), ROLLBACK, PUBLISH, UNPUBLISH or CATCH_UP (a change the
 * log found late)
 * @param at when it was made live
 * @param liveIndex the live index version after it
 * @param changes how many records changed, appeared or went
 * @param changedIds global ids of records created or changed (at most the configured
 * number, with {@code deletedIds})
 * @param deletedIds global ids of records removed
 * @param truncated whether more ids changed than are listed: fetch them by sync
 * @param syncToken a sync token from just before this change: {@code sync(kind, token)}
 * returns it in full, and what came after
 */
record WebhookEvent(String id, String kind, String action, Instant at, String liveIndex, long changes,
		List<String> changedIds, List<String> deletedIds, boolean truncated, String syncToken) {

}
