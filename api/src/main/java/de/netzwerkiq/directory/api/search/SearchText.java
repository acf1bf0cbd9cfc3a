package de.netzwerkiq.directory.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.concepts.ConceptMatch;
import de.netzwerkiq.directory.api.concepts.ConceptText;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.text.QueryStems;

/**
 * A search text as read before it is searched: the occupations and concepts it names (in
 * any content language) and its other words, each analysed as the documents of the
 * languages it may be in, or naming a town. Every part is one {@link Unit} that a result
 * should match; a search relaxes by leaving units out.
 *
 * @param typed the text as typed, stripped
 * @param occupations the occupations it names
 * @param concepts the concepts the rest of it names
 * @param words the words left, stop words removed
 * @param nameWords per text that named occupations or concepts, its words analysed as
 * {@code words} are, so a record that only writes the name (inflected, inside a compound)
 * matches too
 */
public record SearchText(String typed, OccupationText occupations, ConceptText concepts, List<Word> words,
		Map<String, List<Word>> nameWords) {

	/**
	 * A word of the text that names nothing.
	 *
	 * @param typed as typed
	 * @param stems its analysis per language it may be in
	 * @param place the German town it names; null for none
	 */
	public record Word(String typed, List<QueryStems> stems, GeoLocation place) {
	}

	/**
	 * One thing a result should match: the named occupations (any of them), one named
	 * concept, or one word.
	 *
	 * @param typed the words that made it, as typed
	 * @param occupations the occupations, when it is the named occupations
	 * @param concepts the concepts the same words named (a compound may name two:
	 * "Gründungsberatung"), when it is named concepts
	 * @param word the word, when it is a word
	 * @param nameWords the analysed words of a name, when it is named occupations or
	 * concepts
	 */
	public record Unit(String typed, OccupationText occupations, List<ConceptMatch> concepts, Word word,
			List<Word> nameWords) {
	}

	/** Every unit in the order read: occupations, concepts, words. */
	public List<Unit> units() {
		List<Unit> units = new ArrayList<>();
		if (!this.occupations.matches().isEmpty()) {
			String typed = String.join(" ", this.occupations.matches().stream().map((m) -> m.matchedText()).toList());
			units.add(new Unit(typed, this.occupations, null, null, named(typed)));
		}
		Map<String, List<ConceptMatch>> concepts = new LinkedHashMap<>();
		for (ConceptMatch concept : this.concepts.matches()) {
			concepts.computeIfAbsent(concept.matchedText(), (typed) -> new ArrayList<>()).add(concept);
		}
		concepts.forEach((typed, named) -> units.add(new Unit(typed, null, named, null, named(typed))));
		for (Word word : this.words) {
			units.add(new Unit(word.typed(), null, null, word, List.of()));
		}
		return units;
	}

	private List<Word> named(String typed) {
		return this.nameWords.getOrDefault(typed, List.of());
	}

}
