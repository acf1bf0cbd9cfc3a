package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.analysis.util.StemmerUtil;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * British spellings of stems as American ones, so both meet: "-isation" as "-ization",
 * "-ise" as "-ize" (recognise, organise), "-our" as "-or" (labour, behaviour), "-tre" as
 * "-ter" (centre). Runs after the stemmer, on stems, so inflected forms need no rules of
 * their own. A word always spelt "-ise" (advise, exercise) would become "-ize" on both
 * sides alike; the few listed are left alone anyway so stems stay readable.
 */
final class EnglishSpellingFilter extends TokenFilter {

	private static final Set<String> ALWAYS_ISE = Set.of("advise", "advertise", "arise", "comprise", "compromise",
			"despise", "devise", "disguise", "enterprise", "excise", "exercise", "expertise", "franchise", "improvise",
			"merchandise", "otherwise", "premise", "promise", "revise", "supervise", "surprise", "televise", "wise",
			"noise", "raise", "praise", "rise", "precise", "concise", "cruise", "paradise", "treatise", "likewise",
			"clockwise", "reprise", "chemise", "demise");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	EnglishSpellingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		int length = this.term.length();
		if (length < 5) {
			return true;
		}
		char[] s = this.term.buffer();
		if (StemmerUtil.endsWith(s, length, "isation")) {
			s[length - 6] = 'z';
		}
		else if (StemmerUtil.endsWith(s, length, "ise") && !ALWAYS_ISE.contains(this.term.toString())) {
			s[length - 2] = 'z';
		}
		else if (StemmerUtil.endsWith(s, length, "our") && length >= 6 && "bvlmr".indexOf(s[length - 4]) >= 0) {
			s[length - 2] = 'r';
			this.term.setLength(length - 1);
		}
		else if (StemmerUtil.endsWith(s, length, "tre")) {
			s[length - 2] = 'e';
			s[length - 1] = 'r';
		}
		return true;
	}

}
