package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The languages content is written in (ISO 639-1). German and English plus the languages
 * most spoken by the programme's users; French for francophone Africa.
 */
public enum ContentLanguage {

	DE("german"), EN("english"), AR("arabic"), FA("persian"), TR("turkish"), RU("russian"),
	/** Elasticsearch has no built-in Ukrainian analyzer (it is a plugin). */
	UK(null), FR("french");

	/** Read for every localised field of every record; computed once. */
	private static final Map<String, ContentLanguage> BY_CODE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(ContentLanguage::code, Function.identity()));

	private final String languageAnalyzer;

	private final String code;

	ContentLanguage(String languageAnalyzer) {
		this.languageAnalyzer = languageAnalyzer;
		this.code = name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Elasticsearch's built-in analyzer for the language (stemming, stop words), from the
	 * analysis-common module; empty when there is none.
	 */
	public java.util.Optional<String> languageAnalyzer() {
		return java.util.Optional.ofNullable(this.languageAnalyzer);
	}

	/** ISO 639-1 code, lower case, as in source files and index field names. */
	public String code() {
		return this.code;
	}

	public static Optional<ContentLanguage> fromCode(String code) {
		return (code != null) ? Optional.ofNullable(BY_CODE.get(code)) : Optional.empty();
	}

}
