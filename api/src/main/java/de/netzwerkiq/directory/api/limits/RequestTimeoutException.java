package de.netzwerkiq.directory.api.limits;

import java.time.Duration;

/** A request ran past its time limit; the fields still to fetch were not. */
public class RequestTimeoutException extends RuntimeException {

	private final Duration limit;

	RequestTimeoutException(Duration limit) {
		super("The request ran longer than its limit of " + limit.toMillis()
				+ " ms; this field was not fetched (send fewer fields per request)");
		this.limit = limit;
	}

	public Duration limit() {
		return this.limit;
	}

}
