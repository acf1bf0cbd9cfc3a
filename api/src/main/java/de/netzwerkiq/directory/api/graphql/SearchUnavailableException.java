package de.netzwerkiq.directory.api.graphql;

/** Elasticsearch could not answer; the client may retry. */
public class SearchUnavailableException extends RuntimeException {

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
