package de.netzwerkiq.directory.indexer.content;

/** How advice or training is delivered. */
public enum DeliveryMode {

	IN_PERSON, PHONE, VIDEO, WRITTEN

}
