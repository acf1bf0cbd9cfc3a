package de.netzwerkiq.directory.indexer.content;

import java.time.LocalDate;

/**
 * Days an advice centre is closed whatever its weekly hours say (holidays, a move), in
 * Europe/Berlin; both days included.
 *
 * @param from first closed day
 * @param until last closed day
 * @param reason why, for people ("Weihnachten und Neujahr"); may be null
 */
public record Closure(LocalDate from, LocalDate until, String reason) {

}
