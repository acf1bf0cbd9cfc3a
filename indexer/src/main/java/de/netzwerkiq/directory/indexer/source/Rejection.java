package de.netzwerkiq.directory.indexer.source;

/**
 * A source record that was not indexed, and why.
 *
 * @param origin the source (file name)
 * @param line the 1-based line in the source
 * @param pointer JSON pointer to the offending field ({@code ""} for the whole record)
 * @param reason what is wrong, for an editor
 */
public record Rejection(String origin, long line, String pointer, String reason) {

	@Override
	public String toString() {
		return this.origin + ":" + this.line + (this.pointer.isEmpty() ? "" : " " + this.pointer) + ": " + this.reason;
	}

}
