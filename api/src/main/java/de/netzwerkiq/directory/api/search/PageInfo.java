package de.netzwerkiq.directory.api.search;

/** Relay page information; pages only go forwards. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

}
