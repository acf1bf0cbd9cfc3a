package de.netzwerkiq.directory.indexer.index;

/** Elasticsearch refused an index operation; the message is Elasticsearch's reason. */
public class IndexOperationException extends RuntimeException {

	public IndexOperationException(String message, Throwable cause) {
		super(message, cause);
	}

}
