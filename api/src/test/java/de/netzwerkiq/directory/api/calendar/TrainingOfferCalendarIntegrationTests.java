package de.netzwerkiq.directory.api.calendar;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar feed of upcoming training offers, parsed with ical4j's own parser and
 * checked against the sample file.
 */
@ApiIntegrationTest
class TrainingOfferCalendarIntegrationTests {

	@LocalServerPort
	private int port;

	private WebTestClient http;

	private final List<JsonNode> offers = SampleRecords.of(ContentKind.TRAINING_OFFERS);

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void aFilteredFeedHasOneAllDayEventPerUpcomingOfferInStartOrder() throws Exception {
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
		Map<String, JsonNode> expected = this.offers.stream()
			.filter((o) -> SampleRecords.values(o, "occupations").contains("81302"))
			.filter((o) -> o.hasNonNull("startDate") && o.get("startDate").asText().compareTo(today) >= 0)
			.collect(Collectors.toMap((o) -> o.get("id").asText() + "@training-offers.iq-directory", (o) -> o));
		assertThat(expected).hasSizeGreaterThan(5);

		Calendar calendar = feed("/calendar/training-offers.ics?occupations=81302&language=en");
		List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
		assertThat(events.stream().map((e) -> value(e, Property.UID)).collect(Collectors.toSet()))
			.isEqualTo(expected.keySet());
		List<String> starts = events.stream().map((e) -> value(e, Property.DTSTART)).toList();
		assertThat(starts).isSorted();
		for (VEvent event : events) {
			JsonNode offer = expected.get(value(event, Property.UID));
			assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
				.isEqualTo("DATE");
			assertThat(value(event, Property.DTSTART)).isEqualTo(offer.get("startDate").asText().replace("-", ""));
			LocalDate last = LocalDate.parse(offer.path("endDate").asText(offer.get("startDate").asText()));
			assertThat(value(event, Property.DTEND)).isEqualTo(last.plusDays(1).toString().replace("-", ""));
			String title = offer.path("title")
				.path("en")
				.asText(offer.at("/title/" + offer.get("sourceLanguage").asText()).asText());
			assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
			assertThat(value(event, Property.LOCATION)).isNotBlank();
			// RFC 5545: exactly one DTSTAMP and one UID per event.
			assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
			assertThat(event.getProperties(Property.UID)).hasSize(1);
		}
		assertThat(calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
	}

	@Test
	void aPostalCodeAndRadiusNarrowTheFeed() throws Exception {
		Calendar all = feed("/calendar/training-offers.ics");
		Calendar near = feed("/calendar/training-offers.ics?postalCode=10115&radiusKm=50");
		int nearby = near.getComponents(net.fortuna.ical4j.model.Component.VEVENT).size();
		assertThat(nearby).isLessThan(all.getComponents(net.fortuna.ical4j.model.Component.VEVENT).size());
	}

	@Test
	void badParametersAreA400ThatSaysWhy() {
		expectBadRequest("/calendar/training-offers.ics?offerTypes=NAP", "offerTypes");
		expectBadRequest("/calendar/training-offers.ics?postalCode=00000", "postal code");
		expectBadRequest("/calendar/training-offers.ics?lat=52.5", "lat and lon");
		expectBadRequest("/calendar/training-offers.ics?radiusKm=-1&place=Berlin", "radiusKm");
		expectBadRequest("/calendar/training-offers.ics?language=xx", "language");
		expectBadRequest("/calendar/training-offers.ics?startsFrom=tomorrow", "startsFrom");
	}

	/**
	 * Found by a hostile corpus: names the binder read as paths into its objects were a
	 * 500 with an empty body, or a 400 quoting the binder's internals.
	 */
	@Test
	void namesThatAreNoParameterAreA400ThatNamesThem() {
		for (String name : List.of("federalStates[300]", "topics[256]", "federalStates[abc]", "federalStates.x",
				"federalStates[-1]", "federalStates[0]", "filter.topics", "class.module.classLoader", "nope")) {
			expectBadRequest("/calendar/training-offers.ics?" + name + "=DE_BE",
					"There is no parameter '" + name + "'");
		}
	}

	@Test
	void valuesOfTheWrongTypeAreA400ThatSaysWhatItTakes() {
		expectBadRequest("/calendar/training-offers.ics?lat=abc&lon=13.4", "lat takes a number (got 'abc')");
		expectBadRequest("/calendar/training-offers.ics?maxCostEur=cheap", "maxCostEur takes a number");
		expectBadRequest("/calendar/training-offers.ics?upcomingOnly=maybe", "upcomingOnly takes true or false");
		expectBadRequest("/calendar/training-offers.ics?federalStates=DE_BE,DE_XX",
				"federalStates takes values each one of DE_BW");
		expectBadRequest("/calendar/training-offers.ics?text=a&text=b", "text takes one value (got 2)");
	}

	@Test
	void listsAreCappedAndRepeatsCountOnce() throws Exception {
		String languages = java.util.stream.IntStream.range(0, 101)
			.mapToObj((i) -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
			.collect(Collectors.joining(","));
		expectBadRequest("/calendar/training-offers.ics?languages=" + languages,
				"languages takes at most 100 values (got 101)");
		Calendar once = feed("/calendar/training-offers.ics?federalStates=DE_BE");
		Calendar repeated = feed("/calendar/training-offers.ics?federalStates=DE_BE,DE_BE&federalStates=DE_BE");
		assertThat(repeated.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT))
			.hasSameSizeAs(once.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT))
			.isNotEmpty();
	}

	private void expectBadRequest(String uri, String mentioned) {
		this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains(mentioned)
				.doesNotContain("$", "Exception", "java.", "springframework"));
	}

	private Calendar feed(String uri) throws Exception {
		String body = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getValue();
	}

}
