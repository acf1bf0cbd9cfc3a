package de.netzwerkiq.directory.localnode;

/**
 * The local node could not be prepared, started or stopped. The message says what went
 * wrong and, once the node was launched, where its log is.
 */
public class LocalNodeException extends RuntimeException {

	public LocalNodeException(String message) {
		super(message);
	}

	public LocalNodeException(String message, Throwable cause) {
		super(message, cause);
	}

}
