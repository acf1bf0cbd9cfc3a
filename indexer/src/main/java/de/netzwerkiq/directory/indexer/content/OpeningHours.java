package de.netzwerkiq.directory.indexer.content;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening interval on a weekday, in local time (Europe/Berlin). A day with a lunch
 * break has two intervals.
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

}
