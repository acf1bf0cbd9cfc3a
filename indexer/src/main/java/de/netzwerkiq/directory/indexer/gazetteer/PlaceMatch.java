package de.netzwerkiq.directory.indexer.gazetteer;

import java.util.Objects;

/**
 * A place found for a query, and how it was found.
 *
 * @param place the place
 * @param kind how the query matched
 * @param distance edits between the query and the matched name after normalisation; 0
 * unless {@code kind} is {@link Kind#FUZZY}
 * @param matchedName the name or alias of the place that matched, e.g. "Sylt" for
 * Westerland
 */
public record PlaceMatch(Place place, Kind kind, int distance, String matchedName) {

	public PlaceMatch {
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(matchedName, "matchedName");
	}

	/** From best to worst; results are ordered by kind first. */
	public enum Kind {

		/**
		 * The query is the name or an alias, ignoring case and surrounding whitespace.
		 */
		EXACT,

		/**
		 * The same name once case, umlauts (ü, ue or u), ß, accents, punctuation, spaces,
		 * "Sankt"/"St." and small words such as "am" or "an der" are ignored: "muenchen",
		 * "Munchen", "frankfurt/main".
		 */
		NORMALISED,

		/**
		 * The query is the name's leading word or words: "Frankfurt" for "Frankfurt am
		 * Main".
		 */
		PREFIX,

		/** A small typo away: "Berln", "Hamburk"; see {@link PlaceMatch#distance()}. */
		FUZZY

	}

}
