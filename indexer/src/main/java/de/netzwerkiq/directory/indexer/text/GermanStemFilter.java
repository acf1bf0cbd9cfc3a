package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;

import org.apache.lucene.analysis.util.StemmerUtil;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's light German stemmer (inflection only) between two small steps of our own, on
 * text that {@code GermanNormalizationFilter} has folded (no umlauts, no ß):
 * <ul>
 * <li>before it, "stst" becomes "st", so the old and new spellings "selbständig" and
 * "selbstständig" meet;</li>
 * <li>after it, the nouns of qualities meet their adjectives: "-igkeit" becomes "-ig",
 * "-losigkeit" "-los", and "-keit" and "-heit" go ("Selbstständigkeit" meets
 * "selbständig", "Möglichkeiten" "möglich", "Arbeitslosigkeit" "arbeitslos"). The light
 * stemmer leaves those suffixes; Snowball would take them but also merges far more
 * ("Gründung" with "Grund").</li>
 * </ul>
 */
final class GermanStemFilter extends TokenFilter {

	/** What must remain of a word when a suffix goes ("Einheit" stays). */
	private static final int MIN_REST = 4;

	private final GermanLightStemmer stemmer = new GermanLightStemmer();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	GermanStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (this.keyword.isKeyword()) {
			return true;
		}
		char[] buffer = this.term.buffer();
		int length = collapseStst(buffer, this.term.length());
		length = this.stemmer.stem(buffer, length);
		length = derivation(buffer, length);
		this.term.setLength(length);
		return true;
	}

	static int collapseStst(char[] s, int length) {
		int out = 0;
		for (int i = 0; i < length; i++) {
			// Drop the second "st" of "stst".
			if (i >= 2 && i + 1 < length && s[i] == 's' && s[i + 1] == 't' && s[out - 2] == 's' && s[out - 1] == 't') {
				i++;
				continue;
			}
			s[out++] = s[i];
		}
		return out;
	}

	static int derivation(char[] s, int length) {
		if (StemmerUtil.endsWith(s, length, "losigkeit") && length - 6 >= MIN_REST) {
			return length - 6;
		}
		if (StemmerUtil.endsWith(s, length, "igkeit") && length - 4 >= MIN_REST + 2) {
			return length - 4;
		}
		if ((StemmerUtil.endsWith(s, length, "keit") || StemmerUtil.endsWith(s, length, "heit"))
				&& length - 4 >= MIN_REST) {
			return length - 4;
		}
		return length;
	}

}
