package de.netzwerkiq.directory.api.graphql;

/**
 * A query argument a client got wrong, found before Elasticsearch is asked; answered as a
 * BAD_REQUEST error naming the argument.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	/**
	 * @param argument the argument's path, e.g. {@code near.radiusKm}
	 * @param message what is wrong and what is allowed, for a client developer
	 */
	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
