package de.netzwerkiq.directory.indexer.load;

/**
 * An editor's operation cannot be done as asked (nothing to roll back to, no live index
 * yet, a reindex lost its lock to another run); the message says why and is safe to show.
 * Callers tell it from a bug by this type.
 */
public class PublishingException extends IllegalStateException {

	public PublishingException(String message) {
		super(message);
	}

}
