package de.netzwerkiq.directory.api.graphql;

import graphql.ErrorClassification;

/** Error classifications beyond Spring for GraphQL's own {@code ErrorType}. */
public enum IqErrorType implements ErrorClassification {

	/** A backing service (Elasticsearch) is down or too slow; retrying later may work. */
	UNAVAILABLE,
	/**
	 * Another reindex, rollback or publish of the same kind is running; retry when it is
	 * done.
	 */
	CONFLICT,
	/** The request ran past its time limit; the fields not yet fetched are null. */
	TIMEOUT

}
