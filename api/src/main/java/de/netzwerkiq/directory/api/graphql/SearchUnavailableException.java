package de.netzwerkiq.directory.api.graphql;

/** Elasticsearch could not answer; the client may retry. */
public class SearchUnavailableException extends RuntimeException {

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The one message clients get when search is down, whatever the cause. */
	public static SearchUnavailableException because(Throwable cause) {
		return new SearchUnavailableException("Search is unavailable right now; please retry shortly", cause);
	}

}
