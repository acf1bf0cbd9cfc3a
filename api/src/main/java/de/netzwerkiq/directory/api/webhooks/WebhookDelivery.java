package de.netzwerkiq.directory.api.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver an event, as editors see it.
 *
 * @param eventId the event
 * @param kind its kind
 * @param action what happened
 * @param name the endpoint's configured name; null when it has none
 * @param endpoint the receiver's URL without credentials or query
 * @param attempt 1 for the first
 * @param outcome DELIVERED, RETRYING or FAILED (no attempts left)
 * @param httpStatus the receiver's status; null when it did not answer
 * @param error why it failed, when it did
 * @param at when the attempt began
 * @param durationMillis how long it took
 */
record WebhookDelivery(String eventId, String kind, String action, String name, String endpoint, int attempt,
		String outcome, Integer httpStatus, String error, Instant at, long durationMillis) {

}
