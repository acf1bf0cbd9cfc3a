package de.netzwerkiq.directory.api.occupations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.text.NameMatcher;

/**
 * Finds the occupations a search text names, in any content language: "ممرضة",
 * "медсестра", "nurse" and "hemşire" all name Pflegefachfrau/Pflegefachmann (81302). This
 * happens before the query is sent, so it works on every cluster, and a search then finds
 * records by occupation code whatever language they are written in.
 *
 * <p>
 * Names and texts are compared after folding: lower case, no accents or Arabic vowel
 * marks, and the Arabic and Persian spellings of the same letters made one. A name of six
 * letters or more also matches a word that adds up to three letters to its stem, so
 * "медсестры" and "hemşireler" match too. Longer names win over shorter ones. The rules
 * are {@link NameMatcher}'s, shared with the concept thesaurus; occupations are not
 * looked for inside German compounds ("Pflegefachkraftmangel" names no nurse).
 */
@Component
public class OccupationThesaurus {

	private final NameMatcher<Name> matcher;

	public OccupationThesaurus() {
		List<NameMatcher.Name<Name>> names = new ArrayList<>();
		for (Occupation occupation : Occupations.all()) {
			for (var entry : occupation.names().entrySet()) {
				for (String name : entry.getValue()) {
					names.add(new NameMatcher.Name<>(name, new Name(occupation, entry.getKey()), entry.getKey()));
				}
			}
		}
		this.matcher = new NameMatcher<>(names, false);
	}

	/** The occupations a text names and what is left of it. */
	public OccupationText read(String text) {
		return read(text, (word) -> false);
	}

	/**
	 * @param noTypo folded words never read as an occupation's name with a typo: the
	 * words of the concepts' names
	 */
	public OccupationText read(String text, Predicate<String> noTypo) {
		if (text == null || text.isBlank()) {
			return OccupationText.NONE;
		}
		NameMatcher.Reading<Name> reading = this.matcher.read(text, noTypo);
		if (reading.found().isEmpty()) {
			return new OccupationText(List.of(), reading.remainder());
		}
		Map<String, OccupationMatch> matches = new LinkedHashMap<>();
		for (NameMatcher.Found<Name> found : reading.found()) {
			for (Name name : found.values()) {
				matches.putIfAbsent(name.occupation().kldbCode(),
						new OccupationMatch(name.occupation(), found.typed(), name.language().code()));
			}
		}
		return new OccupationText(List.copyOf(matches.values()), reading.remainder());
	}

	private record Name(Occupation occupation, ContentLanguage language) {
	}

}
