package de.netzwerkiq.directory.api.graphql;

/**
 * A sync token the server can no longer continue from (older than the changes kept): the
 * client must sync from scratch. A BAD_REQUEST naming the argument, with
 * {@code extensions.resync: true} so that an app can tell it from a bug of its own.
 */
public class ResyncRequiredException extends InvalidArgumentException {

	public ResyncRequiredException(String argument, String message) {
		super(argument, message);
	}

}
