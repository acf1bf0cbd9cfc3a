package de.netzwerkiq.directory.api.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A search text bounded before it is read, so that what one request costs does not grow
 * with how hostile its text is: 200 combining marks on one letter, or one word of 200
 * letters, cost about a second of analysis, decompounding and fuzzy matching where a
 * typed text costs tens of milliseconds. What a person types passes unchanged:
 * <ul>
 * <li>a letter keeps at most {@value #MAX_MARKS} combining marks (Arabic and Vietnamese
 * stack two, Hebrew three);</li>
 * <li>a word keeps its first {@value #MAX_WORD_LENGTH} characters (the longest German
 * compounds in use have about 40; the decompounder refuses more than 70);</li>
 * <li>a word repeated counts once, and the text keeps its first {@value #MAX_WORDS} words
 * (Meilisearch's limit too): every word is looked for in every language's fields, so
 * twenty words no record has cost 17 typed searches; the longest text in the judged query
 * sets has seven.</li>
 * </ul>
 */
public final class TypedText {

	static final int MAX_MARKS = 3;

	static final int MAX_WORD_LENGTH = 64;

	static final int MAX_WORDS = 10;

	private TypedText() {
	}

	/**
	 * The text as searched: stripped and bounded; null when nothing is left to search.
	 */
	public static String bounded(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : marksBounded(text).strip().split("\\s+")) {
			if (words.size() == MAX_WORDS) {
				break;
			}
			words.add(cut(word));
		}
		return String.join(" ", words);
	}

	private static String marksBounded(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		int marks = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK;
			marks = mark ? marks + 1 : 0;
			if (marks <= MAX_MARKS) {
				kept.appendCodePoint(codePoint);
			}
			i += Character.charCount(codePoint);
		}
		return kept.toString();
	}

	/** The word's first characters, never half a surrogate pair. */
	private static String cut(String word) {
		if (word.length() <= MAX_WORD_LENGTH) {
			return word;
		}
		int end = Character.isHighSurrogate(word.charAt(MAX_WORD_LENGTH - 1)) ? MAX_WORD_LENGTH - 1 : MAX_WORD_LENGTH;
		return word.substring(0, end);
	}

}
