package de.netzwerkiq.directory.indexer.content;

/**
 * A German reference occupation from the code list.
 *
 * @param kldbCode five-digit KldB 2010 code
 * @param regulated whether practising it in Germany needs recognition first
 * @param germanName the German name (both forms)
 * @param englishName the English name
 */
public record Occupation(String kldbCode, boolean regulated, String germanName, String englishName) {

}
