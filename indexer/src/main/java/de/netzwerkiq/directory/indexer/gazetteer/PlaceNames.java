package de.netzwerkiq.directory.indexer.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised forms of place names, the same for names and queries. A name has two forms,
 * one with umlauts spelt out (ü → ue) and one with them reduced to the plain vowel (ü →
 * u), because people type both "Muenchen" and "Munchen". Names in other scripts keep
 * their letters, with the Arabic and Persian forms of a letter folded into one.
 */
final class PlaceNames {

	/**
	 * Small words that people add, drop or abbreviate: "Frankfurt am Main" and "Frankfurt
	 * (Main)", "Neustadt an der Donau" and "Neustadt a.d. Donau".
	 */
	private static final Set<String> FILLERS = Set.of("a", "am", "an", "auf", "b", "bei", "d", "dem", "den", "der", "i",
			"im", "in", "ob", "v", "vor");

	private PlaceNames() {
	}

	/** Words of a name or query, umlauts spelt out ({@code true}) or reduced. */
	static List<String> words(String text, boolean spellOutUmlauts) {
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(lower.length() + 8);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
				case 'ä' -> folded.append(spellOutUmlauts ? "ae" : "a");
				case 'ö' -> folded.append(spellOutUmlauts ? "oe" : "o");
				case 'ü' -> folded.append(spellOutUmlauts ? "ue" : "u");
				case 'ß' -> folded.append("ss");
				// Arabic and Persian spell the same name with their own letters.
				case 'ي', 'ى' -> folded.append('ی');
				case 'ك' -> folded.append('ک');
				case 'ة' -> folded.append('ه');
				case '\u0640', '\u200c' -> {
					// tatweel and zero-width non-joiner: spacing, not letters
				}
				default -> folded.append(c);
			}
		}
		String plain = Normalizer.normalize(folded, Normalizer.Form.NFD);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= plain.length(); i++) {
			char c = (i < plain.length()) ? plain.charAt(i) : ' ';
			// Letters of any script: "Мюнхен" and "ميونخ" are names too (accents and
			// Arabic vowel marks, split off by NFD, are dropped below).
			if (Character.isLetterOrDigit(c)) {
				word.append(c);
			}
			else if (Character.getType(c) != Character.NON_SPACING_MARK && word.length() > 0) {
				words.add(word.toString().equals("st") ? "sankt" : word.toString());
				word.setLength(0);
			}
		}
		List<String> meaningful = words.stream().filter((w) -> !FILLERS.contains(w)).toList();
		return meaningful.isEmpty() ? words : meaningful;
	}

	/** The words run together: "Bad-Homburg" and "Bad Homburg" become one key. */
	static String key(List<String> words) {
		return String.join("", words);
	}

}
