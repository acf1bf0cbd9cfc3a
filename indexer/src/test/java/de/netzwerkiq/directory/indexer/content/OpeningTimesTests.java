package de.netzwerkiq.directory.indexer.content;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningTimesTests {

	private static final Site OFFICE = new Site(null, null, null, null,
			List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
					new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(23, 59))),
			List.of());

	@Test
	void minutesCountFromMondayMidnightInGermanTime() {
		assertThat(OpeningTimes.openMinutes(List.of(OFFICE))).containsExactly(new MinuteRange(540, 750),
				new MinuteRange(6 * 1440 + 1320, 6 * 1440 + 1439));
		// 07:30 UTC is 08:30 in Germany in winter and 09:30 in summer.
		assertThat(OpeningTimes.minuteOfWeek(Instant.parse("2026-03-23T07:30:00Z"))).isEqualTo(510);
		assertThat(OpeningTimes.minuteOfWeek(Instant.parse("2026-03-30T07:30:00Z"))).isEqualTo(570);
		// Sunday 23:30 UTC is already Monday 01:30 in Germany in summer.
		assertThat(OpeningTimes.minuteOfWeek(Instant.parse("2026-03-29T23:30:00Z"))).isEqualTo(90);
	}

	@Test
	void openAcrossTheChangeToSummerTimeAndNotOnAClosedDay() {
		assertThat(OpeningTimes.isOpen(List.of(OFFICE), List.of(), Instant.parse("2026-03-23T07:30:00Z"))).isFalse();
		assertThat(OpeningTimes.isOpen(List.of(OFFICE), List.of(), Instant.parse("2026-03-30T07:30:00Z"))).isTrue();
		List<Closure> easter = List.of(new Closure(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 6), "Ostern"));
		assertThat(OpeningTimes.isOpen(List.of(OFFICE), easter, Instant.parse("2026-03-30T07:30:00Z"))).isFalse();
		assertThat(OpeningTimes.closedDays(easter)).hasSize(8).startsWith(LocalDate.of(2026, 3, 30));
	}

	@Test
	void missingPartsAreNoHours() {
		assertThat(OpeningTimes.openMinutes(null)).isEmpty();
		assertThat(OpeningTimes.closedDays(null)).isEmpty();
		assertThat(OpeningTimes.closedDays(java.util.Arrays.asList(null, new Closure(null, null, null)))).isEmpty();
	}

}
