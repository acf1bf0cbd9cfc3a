package de.netzwerkiq.directory.api.search;

import java.util.List;

/**
 * Passages of one localised field that matched the search words.
 *
 * @param field title, summary or body
 * @param language ISO 639-1 code of the text
 * @param fragments HTML-escaped passages with matches in {@code <mark>}
 */
public record Highlight(String field, String language, List<String> fragments) {

}
