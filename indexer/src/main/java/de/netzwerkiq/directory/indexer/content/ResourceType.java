package de.netzwerkiq.directory.indexer.content;

/** What kind of start-up resource a record is. */
public enum ResourceType {

	GUIDE, CHECKLIST, HANDOUT, TOOL, TEMPLATE, VIDEO, LINK_COLLECTION

}
