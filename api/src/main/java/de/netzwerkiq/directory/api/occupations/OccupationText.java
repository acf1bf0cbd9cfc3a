package de.netzwerkiq.directory.api.occupations;

import java.util.List;

/**
 * A search text read against the thesaurus.
 *
 * @param matches the occupations it names, in the order named, each once
 * @param remainder the rest of the text, with the names taken out; empty when the text
 * was only occupations
 */
public record OccupationText(List<OccupationMatch> matches, String remainder) {

	public static final OccupationText NONE = new OccupationText(List.of(), "");

	/** The KldB codes named. */
	public List<String> codes() {
		return this.matches.stream().map((match) -> match.occupation().kldbCode()).toList();
	}

}
