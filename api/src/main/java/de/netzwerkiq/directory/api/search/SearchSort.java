package de.netzwerkiq.directory.api.search;

/** Orders a client may ask for; ties are always broken by id so pages never overlap. */
public enum SearchSort {

	RELEVANCE, DISTANCE, NEWEST, START_DATE

}
