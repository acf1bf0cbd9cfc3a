package de.netzwerkiq.directory.indexer.content;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When advice centres are open. Opening hours are wall-clock times in Germany, so an
 * instant is turned into Europe/Berlin local time first: 07:30 UTC on a Monday is 08:30
 * in winter and 09:30 in summer. The index holds each centre's open minutes of the week
 * and its closed days, so "open at" is two exact filters on any cluster.
 */
public final class OpeningTimes {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/**
	 * Longest closure an editor may enter; longer is no longer a closure but a
	 * withdrawal.
	 */
	public static final int MAX_CLOSURE_DAYS = 92;

	private OpeningTimes() {
	}

	/** Minute of the week in Germany at this instant, Monday 00:00 being 0. */
	public static int minuteOfWeek(Instant at) {
		ZonedDateTime local = at.atZone(ZONE);
		return minuteOfWeek(local.getDayOfWeek(), local.toLocalTime());
	}

	/** The day in Germany at this instant. */
	public static LocalDate day(Instant at) {
		return at.atZone(ZONE).toLocalDate();
	}

	/** Every office's weekly hours as minutes of the week; none for null. */
	public static List<MinuteRange> openMinutes(List<Site> sites) {
		List<MinuteRange> ranges = new ArrayList<>();
		for (Site site : ContentLists.orEmpty(sites)) {
			if (site == null) {
				continue;
			}
			for (OpeningHours hours : site.openingHours()) {
				if (hours != null && hours.day() != null && hours.opens() != null && hours.closes() != null
						&& hours.closes().isAfter(hours.opens())) {
					ranges.add(new MinuteRange(minuteOfWeek(hours.day(), hours.opens()),
							minuteOfWeek(hours.day(), hours.closes())));
				}
			}
		}
		return ranges;
	}

	/** Every day of the closures, in order; none for null. */
	public static List<LocalDate> closedDays(List<Closure> closures) {
		TreeSet<LocalDate> days = new TreeSet<>();
		for (Closure closure : ContentLists.orEmpty(closures)) {
			if (closure == null || closure.from() == null || closure.until() == null
					|| closure.until().isAfter(closure.from().plusDays(MAX_CLOSURE_DAYS))) {
				continue;
			}
			closure.from().datesUntil(closure.until().plusDays(1)).forEach(days::add);
		}
		return List.copyOf(days);
	}

	/**
	 * Whether any office is open at this instant and the centre is not closed that day.
	 */
	public static boolean isOpen(List<Site> sites, List<Closure> closures, Instant at) {
		if (closedDays(closures).contains(day(at))) {
			return false;
		}
		int minute = minuteOfWeek(at);
		return openMinutes(sites).stream().anyMatch((range) -> range.gte() <= minute && minute < range.lt());
	}

	private static int minuteOfWeek(DayOfWeek day, LocalTime time) {
		return (day.getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
	}

}
