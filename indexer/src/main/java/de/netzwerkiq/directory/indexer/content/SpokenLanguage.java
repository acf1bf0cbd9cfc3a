package de.netzwerkiq.directory.indexer.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The languages besides German that people name when they look for advice, a course or a
 * guide in their language ("Beratung auf Arabisch", "Türkçe danışmanlık", "консультація
 * українською"): the ones the programme's advice centres advise in most. The concept
 * thesaurus names them, so a text that names one finds the records in it (an advice
 * centre's {@code languagesSpoken}, an offer's, curriculum's or guide's
 * {@code languages}). Source files may hold any ISO 639-1 code there; this list is only
 * what a text can name. German is left out on purpose: "Deutsch", "German" and "ألماني"
 * name the subject of work-related German, and nearly every record is in German anyway.
 */
public enum SpokenLanguage {

	AR, TR, FA, RU, UK, FR, EN, KU, PL, RO, BG, EL, SQ, HR, VI, SO, TI, ES, PT, IT;

	/** ISO 639-1 code, lower case, as stored in the index. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
