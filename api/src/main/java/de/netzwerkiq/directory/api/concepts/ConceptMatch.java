package de.netzwerkiq.directory.api.concepts;

import de.netzwerkiq.directory.indexer.content.Concept;

/**
 * A concept a search text named.
 *
 * @param concept the concept, with its code ({@code concept().code()})
 * @param matchedText the words of the text that named it, as typed; for a concept found
 * inside a German compound, the whole compound ("Gründungsberatung")
 * @param language ISO 639-1 code of the language of the name it matched
 */
public record ConceptMatch(Concept concept, String matchedText, String language) {

}
