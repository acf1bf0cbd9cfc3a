package de.netzwerkiq.directory.api.search;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.netzwerkiq.directory.indexer.text.NameMatcher;

/**
 * Words that name Germany, as migrants add it to nearly any need ("nursing license
 * Germany", "بدي اشتغل ممرضة بألمانيا", "податки у Німеччині", "Almanya'da iş"), and
 * words that say the qualification or the person is from abroad ("electrical engineering
 * degree from abroad", "ausländischer Abschluss", "diplôme étranger"): every record is in
 * Germany and for people from abroad, so the word says nothing about what is wanted, and
 * requiring it leaves only the few records that happen to mention it. A text reads it as
 * a stop word, unless it is all the text says; names of the thesauri that contain one
 * ("foreign qualifications") are read before. The forms of the eight content languages,
 * with the case endings and joined prepositions people type; compared folded as the
 * thesaurus names are.
 */
final class CountryWords {

	/** Latin and Cyrillic forms, folded (case, accents) as the thesaurus names are. */
	private static final Set<String> FOLDED = Stream
		.of("Deutschland", "BRD", "Germany", "Allemagne", "l'Allemagne", "Almanya", "Almanyada", "Almanya'da",
				"Almanyaya", "Almanya'ya", "Almanyadaki", "Almanya'daki", "Германия", "Германии", "Германию",
				"Германией", "Німеччина", "Німеччині", "Німеччину", "Німеччиною", "Німеччини",
				// From abroad.
				"abroad", "overseas", "foreign", "Ausland", "Auslands", "ausländisch", "ausländische", "ausländischen",
				"ausländischer", "ausländisches", "ausländischem", "yurtdışı", "yurtdışında", "yurtdışından", "yabancı",
				"étranger", "l'étranger", "étrangère", "étrangères", "étrangers", "зарубежный", "зарубежного",
				"зарубежное", "зарубежом", "иностранный", "иностранного", "иностранное", "иностранным", "закордонний",
				"закордонного", "закордонна", "закордонну", "іноземний", "іноземного", "іноземна")
		.map(NameMatcher::fold)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * Arabic-script forms as typed: folded, Persian آلمان and Arabic ألمانية (German, the
	 * language) would both be مان.
	 */
	private static final Set<String> ARABIC_SCRIPT = Set.of("ألمانيا", "المانيا", "بألمانيا", "بالمانيا", "لألمانيا",
			"لالمانيا", "آلمان",
			// From abroad: Arabic, then Persian.
			"الخارج", "بالخارج", "أجنبية", "أجنبي", "اجنبية", "اجنبي", "خارجی", "خارج");

	private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

	private CountryWords() {
	}

	/**
	 * Whether a word names Germany or says "from abroad": nothing every record does not.
	 */
	static boolean saysNothing(String word) {
		return ARABIC.matcher(word).find() ? ARABIC_SCRIPT.contains(word) : FOLDED.contains(NameMatcher.fold(word));
	}

}
