package de.netzwerkiq.directory.api.search;

import java.util.List;

/**
 * How a search was relaxed: because no record matched all of its text (the units no
 * record matched were dropped, and when the rest still matched nothing together, any of
 * them was enough), or because only a few did (the records without one unit follow those
 * with all). Kept in the cursor, so every page of a search is relaxed alike.
 *
 * @param droppedWords the units left out, as typed
 * @param searchedWords the units searched for, as typed
 * @param anyWord whether a result needs only one of them
 * @param optionalWords units of {@code searchedWords} a result may lack: the records that
 * have them come first
 */
public record Relaxation(List<String> droppedWords, List<String> searchedWords, boolean anyWord,
		List<String> optionalWords) {

	public Relaxation {
		droppedWords = List.copyOf(droppedWords);
		searchedWords = List.copyOf(searchedWords);
		// Null in a cursor issued before optional words existed.
		optionalWords = (optionalWords != null) ? List.copyOf(optionalWords) : List.of();
	}

	public Relaxation(List<String> droppedWords, List<String> searchedWords, boolean anyWord) {
		this(droppedWords, searchedWords, anyWord, List.of());
	}

}
