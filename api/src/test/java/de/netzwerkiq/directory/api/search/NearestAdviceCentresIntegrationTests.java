package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class NearestAdviceCentresIntegrationTests {

	/** Berlin, Alexanderplatz. */
	private static final Map<String, Object> BERLIN = Map.of("lat", 52.5200, "lon", 13.4050);

	@Autowired
	private HttpGraphQlTester graphQl;

	@LocalServerPort
	private int port;

	@Test
	void returnsTheNearestCentresNearestFirstWithTheirDistanceInMetres() {
		List<Map<String, Object>> hits = nearest(5, null);

		assertThat(hits).hasSize(5);
		Map<String, Object> nearest = asMap(hits.get(0).get("adviceCentre"));
		assertThat(asMap(asMap(hits.get(0).get("nearestOffice")).get("address"))).containsEntry("city", "Berlin")
			.containsEntry("federalState", "DE_BE");
		assertThat(nearest).containsEntry("sampleData", true);
		assertThat(nearest.get("federalStates")).asList().contains("DE_BE");
		assertThat(asMap(nearest.get("source"))).containsEntry("origin", "sample-content/advice-centres.ndjson");

		List<Long> distances = hits.stream().map((hit) -> ((Number) hit.get("distanceMeters")).longValue()).toList();
		assertThat(distances).isSorted();
		for (Map<String, Object> hit : hits) {
			double reported = ((Number) hit.get("distanceMeters")).doubleValue();
			assertThat(reported).isCloseTo(distanceTo(hit.get("nearestOffice")),
					org.assertj.core.data.Offset.offset(Math.max(5, reported * 0.005)));
			// The nearest office really is the nearest of the centre's offices.
			for (Object office : (List<?>) asMap(hit.get("adviceCentre")).get("offices")) {
				assertThat(distanceTo(office)).isGreaterThanOrEqualTo(reported - Math.max(5, reported * 0.005));
			}
		}
	}

	@Test
	void withinKmKeepsExactlyTheCentresInsideTheRadius() {
		List<Map<String, Object>> all = nearest(100, null);
		List<Map<String, Object>> within = nearest(100, 50.0);
		assertThat(within).isNotEmpty()
			.allSatisfy(
					(hit) -> assertThat(((Number) hit.get("distanceMeters")).longValue()).isLessThanOrEqualTo(50_000));
		assertThat(within).extracting((hit) -> asMap(hit.get("adviceCentre")).get("recordId"))
			.containsExactlyElementsOf(all.stream()
				.filter((hit) -> ((Number) hit.get("distanceMeters")).longValue() <= 50_000)
				.map((hit) -> asMap(hit.get("adviceCentre")).get("recordId"))
				.toList());
	}

	/**
	 * Only the selected fields are read from Elasticsearch; what a narrow selection shows
	 * (including isOpen, computed from offices and closures) equals what the whole record
	 * gives.
	 */
	@Test
	void aNarrowSelectionAnswersAsTheWholeRecordDoes() {
		String fields = "distanceMeters nearestOffice { name address { city } } adviceCentre { recordId "
				+ "title { text language } languagesSpoken monday: isOpen(at: \"2026-12-07T10:30:00+01:00\") "
				+ "sundayNight: isOpen(at: \"2026-12-06T23:00:00+01:00\") %s }";
		List<Map<String, Object>> narrow = nearestSelecting(String.format(fields, ""));
		List<Map<String, Object>> whole = nearestSelecting(String.format(fields, "jsonLd"));

		assertThat(narrow).hasSize(20);
		assertThat(whole).hasSize(20);
		for (int i = 0; i < narrow.size(); i++) {
			Map<String, Object> wholeCentre = new java.util.LinkedHashMap<>(asMap(whole.get(i).get("adviceCentre")));
			assertThat(wholeCentre.remove("jsonLd")).isNotNull();
			assertThat(narrow.get(i)).containsEntry("distanceMeters", whole.get(i).get("distanceMeters"))
				.containsEntry("nearestOffice", whole.get(i).get("nearestOffice"))
				.containsEntry("adviceCentre", wholeCentre);
		}
		// Without the nearest office only the offices' locations are read.
		List<Map<String, Object>> distancesOnly = nearestSelecting("distanceMeters adviceCentre { recordId }");
		assertThat(distancesOnly).extracting((hit) -> hit.get("distanceMeters"))
			.containsExactlyElementsOf(whole.stream().map((hit) -> hit.get("distanceMeters")).toList());
		assertThat(distancesOnly).extracting((hit) -> asMap(hit.get("adviceCentre")).get("recordId"))
			.containsExactlyElementsOf(
					whole.stream().map((hit) -> asMap(hit.get("adviceCentre")).get("recordId")).toList());
		// isOpen needs the offices' hours, which this selection does not show.
		assertThat(narrow).extracting((hit) -> asMap(hit.get("adviceCentre")).get("monday")).contains(true);
		assertThat(narrow).extracting((hit) -> asMap(hit.get("adviceCentre")).get("sundayNight")).contains(false);
	}

	private List<Map<String, Object>> nearestSelecting(String selection) {
		return hits(this.graphQl
			.document("query($near: GeoPointInput!) { nearestAdviceCentres(near: $near, first: 20) { " + selection
					+ " } }")
			.variable("near", BERLIN));
	}

	private List<Map<String, Object>> nearest(int first, Double withinKm) {
		var request = this.graphQl.documentName("nearestAdviceCentres")
			.variable("near", BERLIN)
			.variable("first", first);
		if (withinKm != null) {
			request = request.variable("withinKm", withinKm);
		}
		return hits(request);
	}

	/** The nearby centres the request answers; it must answer without errors. */
	private static List<Map<String, Object>> hits(GraphQlTester.Request<?> request) {
		return request.execute()
			.errors()
			.verify()
			.path("nearestAdviceCentres")
			.entityList(Object.class)
			.get()
			.stream()
			.map(NearestAdviceCentresIntegrationTests::asMap)
			.toList();
	}

	private static double distanceTo(Object site) {
		Map<String, Object> location = asMap(asMap(site).get("location"));
		return haversineMetres(52.5200, 13.4050, ((Number) location.get("lat")).doubleValue(),
				((Number) location.get("lon")).doubleValue());
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "near.lat, 95, 13.4, 10, 'must be a latitude between -90 and 90 (got 95.0)'",
			"near.lon, 52.5, -200, 10, 'must be a longitude between -180 and 180 (got -200.0)'",
			"first, 52.5, 13.4, 0, 'must be between 1 and 100 (got 0)'",
			"first, 52.5, 13.4, 101, 'must be between 1 and 100 (got 101)'" })
	void rejectsOutOfRangeArgumentsWithABadRequestNamingTheArgument(String argument, double lat, double lon, int first,
			String message) {
		this.graphQl.documentName("nearestAdviceCentres")
			.variable("near", Map.of("lat", lat, "lon", lon))
			.variable("first", first)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo(argument + " " + message);
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getPath()).isEqualTo("nearestAdviceCentres");
			}))
			// The field is non-null, so the error nulls all of data: no half answers.
			.path("nearestAdviceCentres")
			.pathDoesNotExist();
	}

	@Test
	void rejectsANonPositiveRadius() {
		this.graphQl.documentName("nearestAdviceCentres")
			.variable("near", BERLIN)
			.variable("withinKm", -5.0)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting(ResponseError::getMessage)
				.containsExactly("withinKm must be greater than 0 (got -5.0)"));
	}

	@Test
	void answersBadInputWithHttp200AndNoStackTrace() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ nearestAdviceCentres(near: {lat: 95, lon: -200}) { distanceMeters } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"classification\":\"BAD_REQUEST\"")
				.contains("near.lat")
				.contains("near.lon")
				.doesNotContain("Exception")
				.doesNotContain("at de.netzwerkiq"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	private static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
	}

}
