package de.netzwerkiq.directory.indexer.content;

/**
 * Minutes of the week an office is open, Monday 00:00 being 0, as an Elasticsearch
 * {@code integer_range} ({@code gte} included, {@code lt} not).
 *
 * @param gte first open minute
 * @param lt first minute closed again
 */
public record MinuteRange(int gte, int lt) {

}
