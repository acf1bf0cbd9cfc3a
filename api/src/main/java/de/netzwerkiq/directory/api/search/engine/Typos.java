package de.netzwerkiq.directory.api.search.engine;

/**
 * Where the words of a search are looked for with typos: in titles on every search, in
 * every text only when that found nothing.
 */
enum Typos {

	/** Not at all: for words the thesauri know. */
	NONE,

	/** In titles, whose vocabulary is small: every search. */
	TITLES,

	/** In every text: when nothing matched otherwise. */
	EVERYWHERE;

	/** A cursor written before typos were recorded. */
	static Typos orDefault(Typos typos) {
		return (typos != null) ? typos : TITLES;
	}

}
