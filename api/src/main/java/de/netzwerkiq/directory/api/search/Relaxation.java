package de.netzwerkiq.directory.api.search;

import java.util.List;

/**
 * How a search was relaxed because no record matched all of its text: the units no record
 * matched were dropped, and when the rest still matched nothing together, any of them was
 * enough. Kept in the cursor, so every page of a search is relaxed alike.
 *
 * @param droppedWords the units left out, as typed
 * @param searchedWords the units searched for, as typed
 * @param anyWord whether a result needs only one of them
 */
public record Relaxation(List<String> droppedWords, List<String> searchedWords, boolean anyWord) {

	public Relaxation {
		droppedWords = List.copyOf(droppedWords);
		searchedWords = List.copyOf(searchedWords);
	}

}
