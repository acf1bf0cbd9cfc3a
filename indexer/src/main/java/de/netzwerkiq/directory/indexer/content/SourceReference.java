package de.netzwerkiq.directory.indexer.content;

import java.time.LocalDate;

/**
 * Where a record came from and when an editor last checked it.
 *
 * @param origin the source file (or other source) name
 * @param line the line in that file
 * @param lastVerified the day an editor last verified the record
 * @param url the page the editor took the information from, if any
 */
public record SourceReference(String origin, long line, LocalDate lastVerified, String url) {

}
