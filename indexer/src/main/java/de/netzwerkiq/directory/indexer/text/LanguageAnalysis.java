package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * Normalised stems of a text in one {@link ContentLanguage}, the same for documents and
 * queries, computed here with Lucene's analysis (9.12, the line of Elasticsearch 8.19)
 * because the minimal distribution has none of its own. The indexer writes them to stem
 * fields ({@link #stemField}) that the node splits on whitespace only, so any cluster
 * matches exactly the terms made here: one definition, minimal or full.
 *
 * <p>
 * Every language: Unicode NFKC (presentation forms, ligatures, full-width letters, a
 * decomposed "ü"), soft hyphens dropped, Unicode word boundaries (Lucene's
 * {@code StandardTokenizer}, as Elasticsearch's {@code standard}), lower case, stop words
 * removed, then per language:
 * <ul>
 * <li>de: compound parts from jwordsplitter ({@link GermanCompounds}) after the word,
 * {@code GermanNormalizationFilter} (ä/ae to a, ö/oe to o, ü/ue to u, ß to ss), "stst" to
 * "st", {@code GermanLightStemmer}, "-keit"/"-heit"/"-igkeit" to the adjective
 * ({@link GermanStemFilter});</li>
 * <li>en: possessive "'s" dropped, KStem, British spellings as American
 * ({@link EnglishSpellingFilter}), ASCII folding; "it" is no stop word (IT);</li>
 * <li>fr: elision (l', d', qu'…), {@code FrenchLightStemFilter}, ASCII folding;</li>
 * <li>ru: ё as е, {@code RussianLightStemFilter};</li>
 * <li>uk: lemmas from the morfologik dictionary ({@code UkrainianMorfologikAnalyzer}:
 * apostrophes and ґ unified), in lower case;</li>
 * <li>tr: apostrophe and suffix dropped (Türkiye'de), Turkish lower case (I to ı, İ to
 * i), Snowball Turkish, then ASCII folding (ş to s, ı to i: users without a Turkish
 * keyboard);</li>
 * <li>ar: Arabic digits as ASCII, stop words, {@code ArabicNormalizationFilter} (alef
 * forms, teh marbuta, tatweel, diacritics), {@code ArabicStemFilter} (al-, -at…);</li>
 * <li>fa: half space (ZWNJ) as a space, Arabic then Persian normalisation (ي/ی, ك/ک),
 * stop words, {@code PersianStemFilter} (-ها, -ان…).</li>
 * </ul>
 *
 * <p>
 * Compound parts: in the token stream they stand at the compound's position, as synonyms
 * do; written out they follow the word ("deutschkurs deutsch kurs"), because the node's
 * {@code whitespace} analyzer numbers every term. Stem fields are therefore for matching
 * terms, not phrases: phrase and proximity boosts belong on the plain fields, and so does
 * highlighting (the stem fields are not in {@code _source}, and stems are not what a
 * reader wants marked). A document gets every run of a compound's parts
 * ("berufssprachkurs berufssprach sprachkurs beruf sprach kurs") so a query of one run
 * finds it; a query gets the whole word and its parts ({@link QueryStems.Word}).
 *
 * <p>
 * Cost: the analyzers are built once and reuse their token streams per thread; a
 * document's words are each analysed once ({@link WordStems}), compound splits cached per
 * word. See {@code LanguageAnalysisCostTests} for the measured cost per 1,000 records.
 */
public final class LanguageAnalysis {

	/** The object under which the stem fields are: {@code stems.title.de}. */
	public static final String STEMS = "stems";

	/**
	 * The Elasticsearch analyzer of the stem fields: the terms are made here, the node
	 * only splits them. Built into the server, so present on the minimal distribution.
	 */
	public static final String NODE_ANALYZER = "whitespace";

	private LanguageAnalysis() {
	}

	/**
	 * The field holding the stems of a localised field in a language, e.g.
	 * {@code stems.title.de} for {@code title.de}.
	 */
	public static String stemField(String field, ContentLanguage language) {
		return STEMS + "." + field + "." + language.code();
	}

	/**
	 * A document text's stems with the parts of its compounds, separated by spaces, in
	 * text order, repeated as often as they occur (term frequency counts); empty when
	 * nothing is left.
	 */
	public static String documentStems(String text, ContentLanguage language) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder stems = new StringBuilder(text.length());
		WordStems.of(language).append(prepare(text, language), stems);
		return stems.toString();
	}

	/**
	 * What {@link #documentStems(String, ContentLanguage)} gives, by the language's chain
	 * over the whole of a {@link #prepare prepared} text; {@link WordStems} runs it on
	 * one word at a time.
	 */
	static String chainStems(String prepared, ContentLanguage language) {
		StringBuilder stems = new StringBuilder(prepared.length() + 16);
		try (TokenStream stream = LanguageAnalyzers.of(language).tokenStream(STEMS, prepared)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					if (!stems.isEmpty()) {
						stems.append(' ');
					}
					stems.append(term.buffer(), 0, term.length());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("analysis of a string cannot fail like this", ex);
		}
		return stems.toString();
	}

	/**
	 * The stems of localised texts (language code to text), by language code; languages
	 * that are no {@link ContentLanguage}, and texts without stems, are left out.
	 */
	public static Map<String, String> documentStems(Map<String, String> texts) {
		if (texts == null || texts.isEmpty()) {
			return Map.of();
		}
		Map<String, String> stems = new LinkedHashMap<>();
		texts.forEach((code, text) -> ContentLanguage.fromCode(code).ifPresent((language) -> {
			String analysed = documentStems(text, language);
			if (!analysed.isEmpty()) {
				stems.put(code, analysed);
			}
		}));
		return stems;
	}

	/**
	 * A query analysed as a language's documents are. Stop words go as they do in
	 * documents, so "Kurse für Frauen" looks for kurs and frau; a query of stop words
	 * only is {@link QueryStems#isEmpty() empty}.
	 */
	public static QueryStems analyseQuery(String text, ContentLanguage language) {
		List<QueryStems.Word> words = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new QueryStems(language, words);
		}
		try (TokenStream stream = LanguageAnalyzers.of(language).tokenStream(STEMS, prepare(text, language))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			List<String> stems = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			while (stream.incrementToken()) {
				if (term.length() == 0) {
					continue;
				}
				if (increment.getPositionIncrement() > 0 && !stems.isEmpty()) {
					words.add(new QueryStems.Word(stems, parts));
					stems.clear();
					parts.clear();
				}
				String stem = term.toString();
				if (CompoundPartsFilter.PART.equals(type.type())) {
					addOnce(parts, stem);
				}
				else if (!CompoundPartsFilter.RUN.equals(type.type())) {
					addOnce(stems, stem);
				}
			}
			if (!stems.isEmpty()) {
				words.add(new QueryStems.Word(stems, parts));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("analysis of a string cannot fail like this", ex);
		}
		return new QueryStems(language, words);
	}

	/**
	 * A query analysed for every language it should be looked for in; search each
	 * language's stem fields with its own analysis.
	 * <ul>
	 * <li>With a requested language: that language and German (most content is German,
	 * and people type German terms of art in any language: "Anerkennung",
	 * "Deutschkurs").</li>
	 * <li>Without one: every language whose script the query is written in (Latin: de,
	 * en, fr, tr; Arabic: ar, fa; Cyrillic: ru, uk), or all eight for a query without
	 * letters. Analysis costs microseconds; what costs is fields on the node, and a Latin
	 * query never matches Arabic stems.</li>
	 * </ul>
	 * Empty analyses are left out, so the list may be empty.
	 */
	public static List<QueryStems> analyseQuery(String text, Optional<ContentLanguage> requested) {
		List<QueryStems> analysed = new ArrayList<>();
		for (ContentLanguage language : queryLanguages(text, requested)) {
			QueryStems stems = analyseQuery(text, language);
			if (!stems.isEmpty()) {
				analysed.add(stems);
			}
		}
		return analysed;
	}

	/**
	 * The languages a query is analysed as by {@link #analyseQuery(String, Optional)}:
	 * fewer analyses than languages means a stop word in some of them.
	 */
	public static Set<ContentLanguage> queryLanguages(String text, Optional<ContentLanguage> requested) {
		// The requested language first: an EnumSet would sort German before it.
		return requested.isPresent() ? new LinkedHashSet<>(List.of(requested.get(), ContentLanguage.DE))
				: languagesWritten(text);
	}

	/** The languages whose script a text uses; all when it has no letters. */
	static Set<ContentLanguage> languagesWritten(String text) {
		Set<ContentLanguage> languages = EnumSet.noneOf(ContentLanguage.class);
		if (text != null) {
			text.codePoints().filter(Character::isLetter).forEach((letter) -> {
				switch (Character.UnicodeScript.of(letter)) {
					case LATIN -> languages.addAll(
							EnumSet.of(ContentLanguage.DE, ContentLanguage.EN, ContentLanguage.FR, ContentLanguage.TR));
					case ARABIC -> languages.addAll(EnumSet.of(ContentLanguage.AR, ContentLanguage.FA));
					case CYRILLIC -> languages.addAll(EnumSet.of(ContentLanguage.RU, ContentLanguage.UK));
					default -> {
					}
				}
			});
		}
		return languages.isEmpty() ? EnumSet.allOf(ContentLanguage.class) : languages;
	}

	private static void addOnce(List<String> list, String value) {
		if (!list.contains(value)) {
			list.add(value);
		}
	}

	/**
	 * NFKC only where needed (the check is a fast scan); soft hyphens, which editors
	 * paste with words, would split nothing but change the term; Russian stress marks
	 * (Ukrainian's analyzer drops them itself).
	 */
	static String prepare(String text, ContentLanguage language) {
		String prepared = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFKC);
		if (prepared.indexOf('\u00AD') >= 0) {
			prepared = prepared.replace("\u00AD", "");
		}
		if (language == ContentLanguage.RU && prepared.indexOf('\u0301') >= 0) {
			prepared = prepared.replace("\u0301", "");
		}
		return prepared;
	}

}
