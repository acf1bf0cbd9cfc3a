package de.netzwerkiq.directory.api.search.engine;

/**
 * Where the words of a search are looked for with typos: in titles on every search, in
 * every text only when that found nothing, and as the start of longer words only when not
 * even relaxing found anything.
 */
enum Typos {

	/** Not at all: for words the thesauri know. */
	NONE,

	/** In titles, whose vocabulary is small: every search. */
	TITLES,

	/** In every text: when nothing matched otherwise. */
	EVERYWHERE,

	/**
	 * In every text, and a word also as the start of a longer one in titles and summaries
	 * (a word sent half typed: "Anerken", "Pflegefach"): when not even relaxing the text
	 * found anything.
	 */
	PREFIXES;

	/** A cursor written before typos were recorded. */
	static Typos orDefault(Typos typos) {
		return (typos != null) ? typos : TITLES;
	}

}
