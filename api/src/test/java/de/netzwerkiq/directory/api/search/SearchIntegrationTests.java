package de.netzwerkiq.directory.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static de.netzwerkiq.directory.api.support.GraphQlResults.list;
import static de.netzwerkiq.directory.api.support.GraphQlResults.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The search connections over the sample content, with every expectation computed from
 * the sample files themselves, not from the code under test.
 */
@ApiIntegrationTest
class SearchIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private Reindex reindex;

	@Autowired
	private IndexNames names;

	@Test
	void facetCountsIgnoreTheirOwnSelectionAndHonourEveryOtherFilter() {
		Map<String, Object> connection = query(
				"""
						{ adviceCentres(filter: {federalStates: [DE_BE, DE_HH], topics: [RECOGNITION]}, first: 1) {
						    totalCount facets(fields: [FEDERAL_STATE, TOPIC, DELIVERY_MODE, FREE_OF_CHARGE]) { field values { value count selected } } } }""",
				"adviceCentres");
		List<JsonNode> centres = SampleRecords.of(ContentKind.ADVICE_CENTRES);
		Predicate<JsonNode> inStates = (c) -> SampleRecords.states(c).contains("DE-BE")
				|| SampleRecords.states(c).contains("DE-HH");
		Predicate<JsonNode> onRecognition = (c) -> SampleRecords.values(c, "topics").contains("RECOGNITION");

		assertThat(number(connection.get("totalCount")))
			.isEqualTo(centres.stream().filter(inStates.and(onRecognition)).count());
		Map<String, Map<String, Long>> facets = facets(connection);
		assertThat(facets.get("FEDERAL_STATE"))
			.isEqualTo(count(centres.stream().filter(onRecognition).toList(), (c) -> SampleRecords.states(c), true));
		assertThat(facets.get("TOPIC")).isEqualTo(
				count(centres.stream().filter(inStates).toList(), (c) -> SampleRecords.values(c, "topics"), false));
		assertThat(facets.get("DELIVERY_MODE"))
			.isEqualTo(count(centres.stream().filter(inStates.and(onRecognition)).toList(),
					(c) -> SampleRecords.values(c, "deliveryModes"), false));
		assertThat(facets.get("FREE_OF_CHARGE"))
			.isEqualTo(count(centres.stream().filter(inStates.and(onRecognition)).toList(),
					(c) -> Set.of(String.valueOf(c.path("freeOfCharge").asBoolean(false))), false));
		// Berlin stays listed, and says it is selected, while it is part of the filter.
		assertThat(selected(connection, "FEDERAL_STATE")).containsExactlyInAnyOrder("DE_BE", "DE_HH");
	}

	/**
	 * Without the nearest site in the selection only the sites' locations are read; the
	 * distances must not change.
	 */
	@ParameterizedTest(name = "selecting \"{0}\"")
	@ValueSource(strings = { "nearestSite { location { lat lon } }", "" })
	void distancesAndTheRadiusAgreeWithAnIndependentHaversine(String nearestSite) {
		Map<String, Object> connection = query("""
				{ trainingOffers(near: {postalCode: "50667", radiusKm: 40}, first: 100) {
				    totalCount origin { name postalCode location { lat lon } }
				    edges { distanceMeters locationIndependent %s node { recordId } } } }""".formatted(nearestSite),
				"trainingOffers");
		Map<String, Object> origin = map(connection.get("origin"));
		assertThat(origin).containsEntry("name", "Köln").containsEntry("postalCode", "50667");
		double lat = number(map(origin.get("location")).get("lat"));
		double lon = number(map(origin.get("location")).get("lon"));
		Map<String, Double> expected = new LinkedHashMap<>();
		for (JsonNode offer : SampleRecords.of(ContentKind.TRAINING_OFFERS)) {
			double metres = SampleRecords.nearestSiteMetres(offer, lat, lon);
			if (metres <= 40_000) {
				expected.put(offer.get("id").asText(), metres);
			}
		}
		List<Map<String, Object>> edges = list(connection.get("edges"));
		assertThat(expected).hasSizeBetween(5, 99);
		assertThat(number(connection.get("totalCount"))).isEqualTo(expected.size());
		assertThat(edges).extracting((edge) -> map(edge.get("node")).get("recordId"))
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		double previous = 0;
		for (Map<String, Object> edge : edges) {
			String id = (String) map(edge.get("node")).get("recordId");
			double distance = number(edge.get("distanceMeters"));
			assertThat(distance).isCloseTo(expected.get(id), within(1.0));
			assertThat(distance).isGreaterThanOrEqualTo(previous);
			previous = distance;
			assertThat(edge.get("locationIndependent")).isEqualTo(false);
		}
	}

	@Test
	void boundingBoxKeepsExactlyTheRecordsWithASiteInside() {
		Map<String, Object> connection = query("""
				{ adviceCentres(within: {north: 52.7, south: 52.3, east: 13.8, west: 13.0}, first: 100) {
				    totalCount clusters(zoom: 9) { count centroid { lat lon } tile } edges { node { recordId } } } }""",
				"adviceCentres");
		Set<String> expected = SampleRecords.of(ContentKind.ADVICE_CENTRES)
			.stream()
			.filter((c) -> SampleRecords.sites(c).stream().anyMatch((s) -> {
				double lat = s.at("/location/lat").asDouble();
				double lon = s.at("/location/lon").asDouble();
				return lat <= 52.7 && lat >= 52.3 && lon <= 13.8 && lon >= 13.0;
			}))
			.map((c) -> c.get("id").asText())
			.collect(Collectors.toSet());
		assertThat(expected).isNotEmpty();
		assertThat(list(connection.get("edges"))).extracting((edge) -> map(edge.get("node")).get("recordId"))
			.containsExactlyInAnyOrderElementsOf(expected);
		List<Map<String, Object>> clusters = list(connection.get("clusters"));
		assertThat(clusters).isNotEmpty().allSatisfy((cluster) -> {
			Map<String, Object> centroid = map(cluster.get("centroid"));
			assertThat(number(centroid.get("lat"))).isBetween(52.3, 52.7);
			assertThat(number(centroid.get("lon"))).isBetween(13.0, 13.8);
			assertThat((String) cluster.get("tile")).startsWith("9/");
		});
		assertThat(clusters.stream().mapToDouble((c) -> number(c.get("count"))).sum())
			.isGreaterThanOrEqualTo(expected.size());
	}

	@Test
	void pagesThroughEveryResultOnceEvenWhenTheAliasIsSwappedBetweenPages() throws IOException {
		String document = """
				query($after: String) { adviceCentres(first: 45, after: $after, sort: NEWEST) {
				    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { recordId } } } }""";
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		long total = -1;
		do {
			Map<String, Object> connection = this.graphQl.document(document)
				.variable("after", after)
				.execute()
				.errors()
				.verify()
				.path("adviceCentres")
				.entity(Map.class)
				.get();
			total = (long) number(connection.get("totalCount"));
			list(connection.get("edges")).forEach((edge) -> seen.add((String) map(edge.get("node")).get("recordId")));
			Map<String, Object> pageInfo = map(connection.get("pageInfo"));
			after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
			if (++pages == 2) {
				// A new version goes live between pages; the cursor stays on the old one.
				assertThat(
						this.reindex.run(ContentKind.ADVICE_CENTRES, ContentSource.sample(ContentKind.ADVICE_CENTRES))
							.swapped())
					.isTrue();
			}
		}
		while (after != null);
		assertThat(pages).isGreaterThan(3);
		assertThat(seen).doesNotHaveDuplicates().hasSize((int) total);
		assertThat(new HashSet<>(seen)).isEqualTo(SampleRecords.of(ContentKind.ADVICE_CENTRES)
			.stream()
			.map((c) -> c.get("id").asText())
			.collect(Collectors.toSet()));
	}

	@Test
	void fullTextMatchesTitlesAcrossLanguagesAndHighlightsThem() {
		Map<String, Object> connection = query("""
				{ adviceCentres(text: "Anerkennungsberatung Hamburg", first: 5) {
				    edges { node { title { text } } highlights { field language fragments } } } }""", "adviceCentres");
		List<Map<String, Object>> edges = list(connection.get("edges"));
		assertThat(edges).isNotEmpty();
		assertThat((String) map(map(edges.get(0).get("node")).get("title")).get("text")).contains("Hamburg");
		assertThat(list(edges.get(0).get("highlights"))).anySatisfy((highlight) -> {
			assertThat(highlight.get("field")).isEqualTo("title");
			assertThat(highlight.get("fragments").toString()).contains("<mark>Hamburg</mark>");
		});
		// A typo still finds it.
		Map<String, Object> typo = query(
				"{ adviceCentres(text: \"Anerkenungsberatung Hambrug\", first: 5) { edges { node { title { text } } } } }",
				"adviceCentres");
		assertThat(list(typo.get("edges"))).isNotEmpty();
	}

	@Test
	void aWholeTitleAsTextIsFoundAndMarked() {
		// The autocomplete puts whole titles into the search box. Highlighting them with
		// the fuzzy query took 5 s, past the API's 2 s search timeout (tests allow 15 s).
		String title = "Berufssprachkurs Deutsch B2–C1 Erzieherin/Erzieher, online";
		Map<String, Object> connection = query("""
				{ trainingOffers(text: "%s", language: "de", first: 20) {
				    edges { node { title { text } } highlights { field language fragments } } } }""".formatted(title),
				"trainingOffers");
		List<Map<String, Object>> edges = list(connection.get("edges"));
		assertThat(edges).isNotEmpty();
		assertThat((String) map(map(edges.get(0).get("node")).get("title")).get("text")).isEqualTo(title);
		assertThat(list(edges.get(0).get("highlights"))).anySatisfy((highlight) -> assertThat(highlight)
			.containsEntry("field", "title")
			.containsEntry("fragments", List.of("<mark>Berufssprachkurs</mark> <mark>Deutsch</mark> <mark>B2</mark>–"
					+ "<mark>C1</mark> <mark>Erzieherin</mark>&#x2F;<mark>Erzieher</mark>, <mark>online</mark>")));
	}

	@Test
	void wordsAreMarkedAsTypedNotAsATypoMatchedThem() {
		// The highlighter runs an exact query: the fuzzy one cost seconds (see above).
		Map<String, Object> connection = query("""
				{ trainingOffers(text: "Berufsprachkurs Deutsch", language: "de", first: 5) {
				    edges { node { title { text } } highlights { field language fragments } } } }""", "trainingOffers");
		List<Map<String, Object>> edges = list(connection.get("edges"));
		assertThat(edges).isNotEmpty();
		assertThat((String) map(map(edges.get(0).get("node")).get("title")).get("text")).startsWith("Berufssprachkurs");
		String fragments = list(edges.get(0).get("highlights")).toString();
		assertThat(fragments).contains("<mark>Deutsch</mark>").doesNotContain("<mark>Berufssprachkurs</mark>");
	}

	@Test
	void textsComeInTheLanguageAskedForAndSayWhenTheyFallBack() {
		JsonNode withArabic = SampleRecords.of(ContentKind.ADVICE_CENTRES)
			.stream()
			.filter((c) -> c.at("/title/ar").isTextual())
			.findFirst()
			.orElseThrow();
		JsonNode germanOnly = SampleRecords.of(ContentKind.TRAINING_OFFERS)
			.stream()
			.filter((c) -> c.get("sourceLanguage").asText().equals("de") && !c.at("/title/tr").isTextual())
			.findFirst()
			.orElseThrow();
		Map<String, Object> arabic = this.graphQl.document(
				"query($slug: String!) { adviceCentre(slug: $slug, language: \"ar\") { title { text language fallback } } }")
			.variable("slug", withArabic.get("slug").asText())
			.execute()
			.path("adviceCentre.title")
			.entity(Map.class)
			.get();
		assertThat(arabic).containsEntry("text", withArabic.at("/title/ar").asText())
			.containsEntry("language", "ar")
			.containsEntry("fallback", false);
		Map<String, Object> fallback = this.graphQl.mutate()
			.header("Accept-Language", "tr-TR, en;q=0.5")
			.build()
			.document("query($slug: String!) { trainingOffer(slug: $slug) { title { text language fallback } } }")
			.variable("slug", germanOnly.get("slug").asText())
			.execute()
			.path("trainingOffer.title")
			.entity(Map.class)
			.get();
		assertThat(fallback).containsEntry("text", germanOnly.at("/title/de").asText())
			.containsEntry("language", "de")
			.containsEntry("fallback", true);
	}

	@Test
	void crossKindSearchSaysTheKindAndCountsKindsDisjunctively() {
		Map<String, Object> all = query(
				"""
						{ search(text: "Gründung", first: 5) { totalCount facets(fields: [KIND]) { field values { value count } } } }""",
				"search");
		Map<String, Object> resources = query(
				"""
						{ search(text: "Gründung", filter: {kinds: [START_UP_RESOURCES]}, first: 50) {
						    totalCount facets(fields: [KIND]) { field values { value count selected } } edges { kind node { __typename } } } }""",
				"search");
		assertThat(facets(resources)).isEqualTo(facets(all));
		long resourceCount = facets(all).get("KIND").getOrDefault("START_UP_RESOURCES", 0L);
		assertThat(resourceCount).isPositive();
		assertThat(number(resources.get("totalCount"))).isEqualTo(resourceCount);
		assertThat(list(resources.get("edges"))).allSatisfy((edge) -> {
			assertThat(edge.get("kind")).isEqualTo("START_UP_RESOURCES");
			assertThat(map(edge.get("node")).get("__typename")).isEqualTo("StartUpResource");
		});
	}

	/**
	 * Curricula have no sites, so no {@code locations} field: a search across kinds near
	 * a place, sorted by distance, must not fail their shard (searches allow no partial
	 * results) nor leave them out silently (as it did while partial results were
	 * allowed): they are to be had anywhere and come after the records with a site.
	 */
	@Test
	void aSearchAcrossKindsNearAPlaceKeepsTheKindsWithoutSites() {
		Map<String, Object> near = query(
				"""
						{ search(near: {postalCode: "10115", radiusKm: 50}, includeLocationIndependent: true, sort: DISTANCE, first: 5) {
						    totalCount facets(fields: [KIND]) { field values { value count } } } }""",
				"search");
		assertThat(facets(near).get("KIND")).containsKeys("CURRICULA", "ADVICE_CENTRES", "TRAINING_OFFERS");
		Map<String, Object> town = query("""
				{ search(text: "Curriculum Berlin", first: 5) {
				    totalCount facets(fields: [KIND]) { field values { value count } } } }""", "search");
		assertThat(facets(town).get("KIND")).containsKey("CURRICULA");
	}

	@Test
	void nodeFindsARecordByItsGlobalIdAndSuggestCompletesTitlesAndPlaces() {
		Map<String, Object> first = map(
				list(query("{ curricula(first: 1) { edges { node { id recordId } } } }", "curricula").get("edges"))
					.get(0)
					.get("node"));
		this.graphQl.document("query($id: ID!) { node(id: $id) { id ... on Curriculum { recordId } } }")
			.variable("id", first.get("id"))
			.execute()
			.path("node.recordId")
			.entity(String.class)
			.isEqualTo((String) first.get("recordId"));
		this.graphQl.document("{ node(id: \"not-one-of-ours\") { id } }").execute().path("node").valueIsNull();
		Map<String, Object> suggestions = query(
				"{ suggest(prefix: \"Anerkennungsber\", first: 3) { titles { text kind slug } places { name } } }",
				"suggest");
		assertThat(list(suggestions.get("titles"))).hasSize(3)
			.allSatisfy((t) -> assertThat((String) t.get("text")).startsWith("IQ Anerkennungsberatung"));
		Map<String, Object> places = query("{ suggest(prefix: \"Frankf\") { places { name federalState } } }",
				"suggest");
		assertThat(list(places.get("places"))).extracting((p) -> p.get("name")).startsWith("Frankfurt am Main");
	}

	private Map<String, Object> query(String document, String field) {
		return this.graphQl.document(document).execute().errors().verify().path(field).entity(Map.class).get();
	}

	/** Per facet, value to count, as the API returned them. */
	private static Map<String, Map<String, Long>> facets(Map<String, Object> connection) {
		Map<String, Map<String, Long>> facets = new TreeMap<>();
		for (Map<String, Object> facet : list(connection.get("facets"))) {
			Map<String, Long> values = new TreeMap<>();
			for (Map<String, Object> value : list(facet.get("values"))) {
				values.put((String) value.get("value"), (long) number(value.get("count")));
			}
			facets.put((String) facet.get("field"), values);
		}
		return facets;
	}

	private static List<String> selected(Map<String, Object> connection, String field) {
		return list(connection.get("facets")).stream()
			.filter((f) -> f.get("field").equals(field))
			.flatMap((f) -> list(f.get("values")).stream())
			.filter((v) -> Boolean.TRUE.equals(v.get("selected")))
			.map((v) -> (String) v.get("value"))
			.toList();
	}

	/** Counts per value, as a client writes it (ISO state codes with '_'). */
	private static Map<String, Long> count(List<JsonNode> records,
			java.util.function.Function<JsonNode, Set<String>> values, boolean states) {
		Map<String, Long> counts = new TreeMap<>();
		for (JsonNode record : records) {
			for (String value : values.apply(record)) {
				counts.merge(states ? value.replace('-', '_') : value, 1L, Long::sum);
			}
		}
		return counts;
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

}
