package de.netzwerkiq.directory.indexer.source;

/** Where in a source a record starts: its file name and 1-based line. */
public record SourcePosition(String origin, long line) {

}
