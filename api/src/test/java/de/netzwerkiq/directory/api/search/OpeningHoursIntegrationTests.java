package de.netzwerkiq.directory.api.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.GraphQlResults;
import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static de.netzwerkiq.directory.api.support.GraphQlResults.list;
import static de.netzwerkiq.directory.api.support.GraphQlResults.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open at" and "open now" across the change to summer time and over a closure. The
 * expected centres are computed from the sample file with the offsets written out (CET
 * +01:00 before 29 March 2026, CEST +02:00 after), not with the time-zone rules under
 * test.
 */
@ApiIntegrationTest
class OpeningHoursIntegrationTests {

	private static final String OPEN_AT = """
			query($openAt: String, $after: String) {
			  adviceCentres(filter: { openAt: $openAt }, first: 100, after: $after) {
			    pageInfo { hasNextPage endCursor }
			    edges { node { recordId isOpen(at: $openAt) closures { from until } } } } }""";

	@Autowired
	private HttpGraphQlTester graphQl;

	private final List<JsonNode> centres = SampleRecords.of(ContentKind.ADVICE_CENTRES);

	@Test
	void theSameUtcTimeOnAMondayIsAnHourLaterInGermanyAfterTheChangeToSummerTime() {
		// 14:30 UTC: 15:30 in Germany on 23 March (CET), 16:30 on 30 March (CEST).
		Set<String> winter = openAt(DayOfWeek.MONDAY, LocalTime.of(15, 30), LocalDate.of(2026, 3, 23));
		Set<String> summer = openAt(DayOfWeek.MONDAY, LocalTime.of(16, 30), LocalDate.of(2026, 3, 30));
		assertThat(winter).isNotEmpty();
		assertThat(summer).isNotEmpty().isNotEqualTo(winter);

		assertThat(search("2026-03-23T14:30:00Z")).isEqualTo(winter);
		assertThat(search("2026-03-30T14:30:00Z")).isEqualTo(summer);
		// Without an offset the time is German time.
		assertThat(search("2026-03-30T16:30")).isEqualTo(summer);
		assertThat(search("2026-03-30T16:30:00+02:00")).isEqualTo(summer);
	}

	@Test
	void aCentreIsClosedOnTheDaysOfItsClosureWhateverItsHoursSay() {
		LocalDate monday = LocalDate.of(2026, 12, 28);
		Set<String> byHours = openAt(DayOfWeek.MONDAY, LocalTime.of(10, 0), null);
		Set<String> closed = this.centres.stream().filter((c) -> {
			for (JsonNode closure : c.path("closures")) {
				if (closure.get("from").asText().compareTo(monday.toString()) <= 0
						&& closure.get("until").asText().compareTo(monday.toString()) >= 0) {
					return true;
				}
			}
			return false;
		}).map((c) -> c.get("id").asText()).collect(Collectors.toSet());
		assertThat(closed).isNotEmpty();
		assertThat(byHours).containsAnyElementsOf(closed);
		Set<String> expected = new java.util.HashSet<>(byHours);
		expected.removeAll(closed);
		// 09:00 UTC is 10:00 in Germany in December.
		assertThat(search("2026-12-28T09:00:00Z")).isEqualTo(expected);
		assertThat(search("2027-01-04T09:00:00Z")).isEqualTo(byHours);
	}

	@Test
	void openNowIsOpenAtTheTimeOfTheFirstPage() {
		Map<String, Object> connection = this.graphQl
			.document("{ adviceCentres(filter: { openNow: true }, first: 100) { totalCount "
					+ "edges { node { isOpen } } } }")
			.execute()
			.errors()
			.verify()
			.path("adviceCentres")
			.entity(Map.class)
			.get();
		assertThat(list(connection.get("edges")))
			.allSatisfy((edge) -> assertThat(map(edge.get("node"))).containsEntry("isOpen", true));
	}

	@Test
	void aTimeThatIsNoTimeOrOpenAtWithOpenNowIsABadRequest() {
		for (String filter : List.of("{ openAt: \"next monday\" }", "{ openAt: \"2026-03-30\" }",
				"{ openAt: \"2026-03-30T09:30\", openNow: true }")) {
			this.graphQl.document("{ adviceCentres(filter: " + filter + ") { totalCount } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("argument", "filter.openAt");
				}));
		}
	}

	/** Centres with an office open at this local time, not closed on the day. */
	private Set<String> openAt(DayOfWeek day, LocalTime time, LocalDate date) {
		return this.centres.stream().filter((c) -> SampleRecords.sites(c).stream().anyMatch((office) -> {
			for (JsonNode hours : office.path("openingHours")) {
				if (hours.get("day").asText().equals(day.name())
						&& !LocalTime.parse(hours.get("opens").asText()).isAfter(time)
						&& LocalTime.parse(hours.get("closes").asText()).isAfter(time)) {
					return true;
				}
			}
			return false;
		}))
			.filter((c) -> date == null || !closedOn(c, date))
			.map((c) -> c.get("id").asText())
			.collect(Collectors.toSet());
	}

	private static boolean closedOn(JsonNode centre, LocalDate date) {
		for (JsonNode closure : centre.path("closures")) {
			if (!LocalDate.parse(closure.get("from").asText()).isAfter(date)
					&& !LocalDate.parse(closure.get("until").asText()).isBefore(date)) {
				return true;
			}
		}
		return false;
	}

	/** Every centre the search finds at this time, each also saying it is open then. */
	private Set<String> search(String openAt) {
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> edge : GraphQlResults
			.edges(GraphQlResults.pages(this.graphQl, OPEN_AT, "adviceCentres", Map.of("openAt", openAt)))) {
			assertThat(map(edge.get("node"))).containsEntry("isOpen", true);
			ids.add((String) map(edge.get("node")).get("recordId"));
		}
		assertThat(ids).doesNotHaveDuplicates();
		return Set.copyOf(ids);
	}

}
