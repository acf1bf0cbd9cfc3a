package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The languages content is written in (ISO 639-1). German and English plus the languages
 * most spoken by the programme's users; French for francophone Africa.
 */
public enum ContentLanguage {

	DE("german"), EN("english"), AR("arabic"), FA("persian"), TR("turkish"), RU("russian"),
	/** Elasticsearch has no built-in Ukrainian analyzer (it is a plugin). */
	UK(null), FR("french");

	private final String languageAnalyzer;

	ContentLanguage(String languageAnalyzer) {
		this.languageAnalyzer = languageAnalyzer;
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
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<ContentLanguage> fromCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equals(code)).findFirst();
	}

}
