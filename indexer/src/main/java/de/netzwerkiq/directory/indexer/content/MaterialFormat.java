package de.netzwerkiq.directory.indexer.content;

/** The file or media format of a download. */
public enum MaterialFormat {

	PDF, DOCUMENT, SLIDES, SPREADSHEET, VIDEO, AUDIO, WEB_PAGE, ARCHIVE

}
