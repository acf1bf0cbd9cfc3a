package de.netzwerkiq.directory.indexer.load;

/**
 * An editor's operation cannot be done as asked (nothing to roll back to, no live index
 * yet); the message says why and is safe to show.
 */
public class PublishingException extends IllegalStateException {

	public PublishingException(String message) {
		super(message);
	}

}
