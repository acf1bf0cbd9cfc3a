package de.netzwerkiq.directory.indexer.content;

/**
 * A downloadable material of a curriculum.
 *
 * @param title what the download is, in its own language
 * @param url where to download it
 * @param format file or media format
 * @param language ISO 639-1 code of its language
 */
public record Material(String title, String url, MaterialFormat format, String language) {

}
