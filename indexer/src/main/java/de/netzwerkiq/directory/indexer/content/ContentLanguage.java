package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The languages content is written in (ISO 639-1). German and English plus the languages
 * most spoken by the programme's users; French for francophone Africa.
 */
public enum ContentLanguage {

	DE, EN, AR, FA, TR, RU, UK, FR;

	/** ISO 639-1 code, lower case, as in source files and index field names. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<ContentLanguage> fromCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equals(code)).findFirst();
	}

}
