package de.netzwerkiq.directory.indexer.content;

import java.util.Map;

/**
 * The stems of a document's localised texts, by field and language code, each a string of
 * terms separated by spaces (see {@code text.LanguageAnalysis}). Indexed as
 * {@code stems.title.de} and so on, left out of {@code _source}: written, never read
 * back, so a document read from the index has none.
 *
 * @param title stems of the title per language
 * @param summary stems of the summary per language
 * @param body stems of the body per language
 */
public record TextStems(Map<String, String> title, Map<String, String> summary, Map<String, String> body) {

}
