package de.netzwerkiq.directory.indexer.validation;

/**
 * One broken rule in a record.
 *
 * @param pointer JSON pointer to the field, e.g. {@code /location/lat}
 * @param message what is wrong, naming the field
 */
public record Violation(String pointer, String message) {

}
