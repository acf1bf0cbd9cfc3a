package de.netzwerkiq.directory.indexer.text;

import java.io.Reader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * One Lucene analyzer per language, built once: analyzers are thread-safe and reuse their
 * token streams per thread. The chains follow Lucene's own language analyzers (which are
 * what Elasticsearch's language analyzers are) with light stemmers, and add folding where
 * the language's writers commonly leave diacritics out. {@link LanguageAnalysis} says
 * what each chain does.
 */
final class LanguageAnalyzers {

	/**
	 * English stop words but "it": IT (information technology) is a word this content
	 * means.
	 */
	private static final CharArraySet ENGLISH_STOP_WORDS = without(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "it");

	private static final Map<ContentLanguage, Analyzer> ANALYZERS = new EnumMap<>(ContentLanguage.class);

	static {
		for (ContentLanguage language : ContentLanguage.values()) {
			if (language != ContentLanguage.UK) {
				ANALYZERS.put(language, new Chain(language));
			}
		}
	}

	private LanguageAnalyzers() {
	}

	static Analyzer of(ContentLanguage language) {
		// Ukrainian's dictionary takes 7 MB and a few hundred ms to load: only when
		// needed.
		return (language == ContentLanguage.UK) ? Ukrainian.ANALYZER : ANALYZERS.get(language);
	}

	/**
	 * The language's character filter over a reader: what its chain does before it splits
	 * words.
	 */
	static Reader charFilter(ContentLanguage language, Reader reader) {
		return (language == ContentLanguage.UK) ? Ukrainian.ANALYZER.charFilter(reader)
				: ((Chain) ANALYZERS.get(language)).initReader(LanguageAnalysis.STEMS, reader);
	}

	private static CharArraySet without(CharArraySet words, String... removed) {
		// CharArraySet cannot remove: copy what stays.
		Set<String> drop = Set.of(removed);
		CharArraySet kept = new CharArraySet(words.size(), false);
		for (Object word : words) {
			String text = new String((char[]) word);
			if (!drop.contains(text)) {
				kept.add(text);
			}
		}
		return CharArraySet.unmodifiableSet(kept);
	}

	/** Russian stop words with ё written as е, as the chain writes them. */
	private static CharArraySet russianStopWords() {
		CharArraySet words = new CharArraySet(RussianAnalyzer.getDefaultStopSet().size(), false);
		for (Object word : RussianAnalyzer.getDefaultStopSet()) {
			words.add(new String((char[]) word).replace('ё', 'е'));
		}
		return CharArraySet.unmodifiableSet(words);
	}

	private static final class Chain extends Analyzer {

		private static final NormalizeCharMap RUSSIAN_YO = yo();

		private static final CharArraySet RUSSIAN_STOP_WORDS = russianStopWords();

		private final ContentLanguage language;

		Chain(ContentLanguage language) {
			this.language = language;
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return switch (this.language) {
				// Zero-width non-joiner (the half space) to a space, as Lucene's Persian
				// analyzer does: "کتاب‌ها" and "کتاب ها" meet, "کتابها" meets them by the
				// stemmer.
				case FA -> new PersianCharFilter(reader);
				// Russian writers mostly write ё as е.
				case RU -> new MappingCharFilter(RUSSIAN_YO, reader);
				default -> reader;
			};
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = switch (this.language) {
				case DE -> german(source);
				case EN -> english(source);
				case FR -> french(source);
				case RU -> new RussianLightStemFilter(new StopFilter(new LowerCaseFilter(source), RUSSIAN_STOP_WORDS));
				case TR -> turkish(source);
				case AR -> new ArabicStemFilter(new ArabicNormalizationFilter(new StopFilter(
						new DecimalDigitFilter(new LowerCaseFilter(source)), ArabicAnalyzer.getDefaultStopSet())));
				case FA -> new PersianStemFilter(new StopFilter(
						new PersianNormalizationFilter(
								new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(source)))),
						PersianAnalyzer.getDefaultStopSet()));
				case UK -> throw new IllegalStateException("Ukrainian has its own analyzer");
			};
			return new TokenStreamComponents(source, stream);
		}

		/**
		 * Stop words go before the compound parts (which may be stop words themselves:
		 * they are kept) and before the umlauts are folded (the list has them).
		 */
		private static TokenStream german(Tokenizer source) {
			TokenStream stream = new StopFilter(new LowerCaseFilter(source), GermanAnalyzer.getDefaultStopSet());
			stream = new CompoundPartsFilter(stream);
			stream = new GermanNormalizationFilter(stream);
			return new GermanStemFilter(stream);
		}

		/**
		 * KStem (light, gives words) before British spellings become American, so
		 * "organisations" meets "organization"; folding last, for "café".
		 */
		private static TokenStream english(Tokenizer source) {
			TokenStream stream = new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)),
					ENGLISH_STOP_WORDS);
			stream = new KStemFilter(stream);
			stream = new EnglishSpellingFilter(stream);
			return new ASCIIFoldingFilter(stream);
		}

		/**
		 * The light stemmer folds most accents itself; ASCII folding after it catches the
		 * rest (œ, ligatures) and the accents it leaves.
		 */
		private static TokenStream french(Tokenizer source) {
			TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			stream = new StopFilter(new LowerCaseFilter(stream), FrenchAnalyzer.getDefaultStopSet());
			stream = new FrenchLightStemFilter(stream);
			return new ASCIIFoldingFilter(stream);
		}

		/**
		 * Turkish lower case (I to ı, İ to i) before the stemmer, which needs the
		 * letters; folded after it, because many type Turkish on keyboards without ş, ğ,
		 * ı: "isletme" meets "işletme".
		 */
		private static TokenStream turkish(Tokenizer source) {
			TokenStream stream = new TurkishLowerCaseFilter(new ApostropheFilter(source));
			stream = new StopFilter(stream, TurkishAnalyzer.getDefaultStopSet());
			stream = new SnowballFilter(stream, new TurkishStemmer());
			return new ASCIIFoldingFilter(stream);
		}

		private static NormalizeCharMap yo() {
			NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
			map.add("ё", "е");
			map.add("Ё", "Е");
			return map.build();
		}

	}

	/**
	 * Lucene's Ukrainian analyzer (lemmas from the morfologik dictionary of ua.net.nlp,
	 * apostrophes and ґ unified, stress marks dropped), with lemmas in lower case: the
	 * dictionary capitalises proper names.
	 */
	private static final class Ukrainian extends AnalyzerWrapper {

		static final Ukrainian ANALYZER = new Ukrainian();

		private final Analyzer delegate = new UkrainianMorfologikAnalyzer();

		private Ukrainian() {
			super(Analyzer.GLOBAL_REUSE_STRATEGY);
		}

		Reader charFilter(Reader reader) {
			return initReader(LanguageAnalysis.STEMS, reader);
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			return this.delegate;
		}

		@Override
		protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
			return new TokenStreamComponents(components.getSource(), new LowerCaseFilter(components.getTokenStream()));
		}

	}

}
