package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each German compound, its parts at the compound's position (as synonyms are):
 * "deutschkurs" is followed by "deutsch" and "kurs" (type {@link #PART}), and a word of
 * three parts also by its runs of two ("berufssprach", "sprachkurs"; type {@link #RUN}).
 * The whole word stays first. Expects lower case; words written with ae/oe/ue for umlauts
 * are split as if written with umlauts ("existenzgruendung" as "existenzgründung").
 */
final class CompoundPartsFilter extends TokenFilter {

	/** The type of a compound's part: a query needs all of them to stand for the word. */
	static final String PART = "compound_part";

	/** The type of a run of two or more parts of a longer compound. */
	static final String RUN = "compound_run";

	/**
	 * Shorter words are hardly ever compounds, and splitting them goes wrong more often.
	 */
	private static final int MIN_LENGTH = 7;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final List<String> pending = new ArrayList<>();

	private final List<String> pendingTypes = new ArrayList<>();

	private int next;

	private State word;

	CompoundPartsFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.next < this.pending.size()) {
			restoreState(this.word);
			this.term.setEmpty().append(this.pending.get(this.next));
			this.type.setType(this.pendingTypes.get(this.next));
			this.position.setPositionIncrement(0);
			this.next++;
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		this.pending.clear();
		this.pendingTypes.clear();
		this.next = 0;
		if (this.term.length() >= MIN_LENGTH && isLetters()) {
			GermanCompounds.Split split = split(this.term.toString());
			if (split.isCompound()) {
				for (String run : split.runs()) {
					this.pending.add(run);
					this.pendingTypes.add(split.atoms().contains(run) ? PART : RUN);
				}
				this.word = captureState();
			}
		}
		return true;
	}

	private boolean isLetters() {
		char[] buffer = this.term.buffer();
		for (int i = 0; i < this.term.length(); i++) {
			if (!Character.isLetter(buffer[i])) {
				return false;
			}
		}
		return true;
	}

	private static GermanCompounds.Split split(String word) {
		GermanCompounds.Split split = GermanCompounds.decompose(word);
		if (!split.isCompound() && (word.contains("ae") || word.contains("oe") || word.contains("ue"))) {
			// The dictionary knows "gründung", not "gruendung".
			split = GermanCompounds
				.decompose(word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü").replace("qü", "que"));
		}
		return split;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending.clear();
		this.pendingTypes.clear();
		this.next = 0;
		this.word = null;
	}

}
