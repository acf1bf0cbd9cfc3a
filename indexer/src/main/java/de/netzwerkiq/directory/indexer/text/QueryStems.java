package de.netzwerkiq.directory.indexer.text;

import java.util.List;
import java.util.stream.Stream;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * A query analysed as one language's documents are, word by word: what to look for in
 * that language's stem fields ({@link LanguageAnalysis#stemField}).
 *
 * @param language the language it was analysed as
 * @param words the query's words that are not stop words, in order
 */
public record QueryStems(ContentLanguage language, List<Word> words) {

	public QueryStems {
		words = List.copyOf(words);
	}

	/**
	 * One word of the query.
	 *
	 * @param stems what the word may stand for, any one of them: usually one stem;
	 * several where a dictionary (Ukrainian) knows several lemmas
	 * @param parts the stems of its parts when it is a compound ("deutschkurs": deutsch,
	 * kurs): a document that has all of them but not the whole word matches too; empty
	 * otherwise
	 */
	public record Word(List<String> stems, List<String> parts) {

		public Word {
			stems = List.copyOf(stems);
			parts = List.copyOf(parts);
		}

	}

	/**
	 * True when nothing is left to look for: no letters or digits, or only stop words
	 * ("the", "und"). Search the plain fields alone then: the stem fields have no stop
	 * words.
	 */
	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * Every stem and part once, separated by spaces: the query text for a
	 * {@code match}/{@code multi_match} over the language's stem fields, which split it
	 * on whitespace only. With operator {@code or} (and a {@code minimum_should_match})
	 * this is all a simple search needs; {@link #words()} allows "all words, each as a
	 * whole or by its parts".
	 */
	public String text() {
		return String.join(" ",
				this.words.stream()
					.flatMap((word) -> Stream.concat(word.stems().stream(), word.parts().stream()))
					.distinct()
					.toList());
	}

}
