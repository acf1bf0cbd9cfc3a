package de.netzwerkiq.directory.api.occupations;

import de.netzwerkiq.directory.indexer.content.Occupation;

/**
 * An occupation a search text named.
 *
 * @param occupation the reference occupation
 * @param matchedText the words of the text that named it, as typed
 * @param language ISO 639-1 code of the language of the name it matched
 */
public record OccupationMatch(Occupation occupation, String matchedText, String language) {

}
