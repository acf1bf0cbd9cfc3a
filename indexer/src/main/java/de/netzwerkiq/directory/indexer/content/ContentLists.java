package de.netzwerkiq.directory.indexer.content;

import java.util.List;

/** Null-safe lists for documents. */
final class ContentLists {

	private ContentLists() {
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
