package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * A document text's stems, each distinct word analysed once. Every filter of the language
 * chains works on one word at a time (lower case, stop words, compound parts,
 * normalisation, stemming, folding), so a text's stems are its words' stems in text
 * order: the text is split into words as its chain splits it (the chain's character
 * filter, then {@code StandardTokenizer}), and each word's stems are looked up, or
 * computed by the whole chain on the word alone and remembered. Texts repeat words far
 * more than they repeat whole, so this takes the chain off nearly every word: it was most
 * of the indexer's own CPU per record (BENCHMARKS.md, issue 25).
 * {@code LanguageAnalysisTests} checks that it gives what the chain gives on the whole
 * text.
 */
final class WordStems {

	/**
	 * Words remembered, over all languages: about 10 MB at most (a word, its stems and a
	 * map entry come to under 200 bytes). Once full, new words are analysed every time;
	 * the words a text uses most are met early, so that costs little.
	 */
	private static final int LIMIT = 50_000;

	private static final AtomicInteger REMEMBERED = new AtomicInteger();

	private static final Map<ContentLanguage, WordStems> BY_LANGUAGE = new EnumMap<>(ContentLanguage.class);

	static {
		for (ContentLanguage language : ContentLanguage.values()) {
			BY_LANGUAGE.put(language, new WordStems(language));
		}
	}

	private final ContentLanguage language;

	/** The chain's character filter and tokenizer, without its filters. */
	private final Analyzer words;

	private final Map<String, String> stems = new ConcurrentHashMap<>();

	private WordStems(ContentLanguage language) {
		this.language = language;
		this.words = new Analyzer() {

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return LanguageAnalyzers.charFilter(language, reader);
			}

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer);
			}

		};
	}

	static WordStems of(ContentLanguage language) {
		return BY_LANGUAGE.get(language);
	}

	/**
	 * Appends the stems of a prepared text (see {@link LanguageAnalysis#prepare}) to
	 * {@code out}, separated by spaces.
	 */
	void append(String text, StringBuilder out) {
		try (TokenStream stream = this.words.tokenStream(LanguageAnalysis.STEMS, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				String wordStems = this.stems.get(word);
				if (wordStems == null) {
					wordStems = LanguageAnalysis.chainStems(word, this.language);
					if (REMEMBERED.get() < LIMIT && this.stems.putIfAbsent(word, wordStems) == null) {
						REMEMBERED.incrementAndGet();
					}
				}
				if (!wordStems.isEmpty()) {
					if (!out.isEmpty()) {
						out.append(' ');
					}
					out.append(wordStems);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("analysis of a string cannot fail like this", ex);
		}
	}

}
