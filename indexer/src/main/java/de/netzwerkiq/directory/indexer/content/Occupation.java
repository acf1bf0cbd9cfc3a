package de.netzwerkiq.directory.indexer.content;

import java.util.List;
import java.util.Map;

/**
 * A German reference occupation from the thesaurus.
 *
 * @param kldbCode five-digit KldB 2010 code
 * @param regulated whether practising it in Germany needs recognition first
 * @param germanLevel the German level usually needed to practise it
 * @param names per content language its names, the display name first, then every name a
 * person may search it by
 */
public record Occupation(String kldbCode, boolean regulated, CefrLevel germanLevel,
		Map<ContentLanguage, List<String>> names) {

	public Occupation {
		names = Map.copyOf(names);
	}

	/** The name of the German reference occupation, both forms ("Ärztin/Arzt"). */
	public String germanName() {
		return name(ContentLanguage.DE);
	}

	/** The display name in a language; every language has one. */
	public String name(ContentLanguage language) {
		return this.names.get(language).get(0);
	}

}
