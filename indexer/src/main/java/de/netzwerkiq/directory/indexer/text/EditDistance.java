package de.netzwerkiq.directory.indexer.text;

/**
 * Typo distance between two short strings (names, words), for the gazetteer's and the
 * thesauri's typo look-ups: scanning a few thousand names per word costs microseconds
 * with the letter-set bound, where building a Levenshtein automaton per word cost a
 * millisecond.
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The set of letters in a string, one bit each (letters beyond a–z share bits, which
	 * only loosens {@link #mayBeWithin}).
	 */
	public static long letters(String text) {
		long bits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bits |= 1L << ((c >= 'a' && c <= 'z') ? c - 'a' : 26 + (c - '0'));
		}
		return bits;
	}

	/**
	 * A cheap bound: each letter only one side has costs an edit, so strings whose letter
	 * sets differ more on either side are further apart than {@code max}.
	 */
	public static boolean mayBeWithin(long letters, long otherLetters, int max) {
		return Long.bitCount(letters & ~otherLetters) <= max && Long.bitCount(otherLetters & ~letters) <= max;
	}

	/**
	 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), or
	 * {@code max + 1} as soon as it must exceed {@code max}.
	 */
	public static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[] before = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d = Math.min(d, before[j - 2] + 1);
				}
				current[j] = d;
				rowMin = Math.min(rowMin, d);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] recycled = before;
			before = previous;
			previous = current;
			current = recycled;
		}
		return Math.min(previous[b.length()], max + 1);
	}

}
