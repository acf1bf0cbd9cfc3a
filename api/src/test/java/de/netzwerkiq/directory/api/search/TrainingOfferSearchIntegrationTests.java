package de.netzwerkiq.directory.api.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static de.netzwerkiq.directory.api.support.GraphQlResults.list;
import static de.netzwerkiq.directory.api.support.GraphQlResults.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training-offer filters that are ranges rather than facets (CEFR levels, cost, dates,
 * "still open"), the start-date order across pages, location-independent offers in a map
 * viewport, and an expired point-in-time: each checked against the sample file, read
 * independently of the code under test.
 */
@ApiIntegrationTest
class TrainingOfferSearchIntegrationTests {

	private static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2");

	private static final String PAGE = """
			query($filter: TrainingOfferFilter, $within: BoundingBoxInput, $include: Boolean!, $sort: SearchSort, $after: String) {
			  trainingOffers(filter: $filter, within: $within, includeLocationIndependent: $include, sort: $sort,
			      first: 100, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor }
			    edges { locationIndependent node { recordId startDate } } } }""";

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private ElasticsearchClient client;

	private final List<JsonNode> offers = SampleRecords.of(ContentKind.TRAINING_OFFERS);

	@Test
	void levelCostAndDateRangesKeepExactlyTheMatchingOffers() {
		List<BigDecimal> costs = this.offers.stream()
			.filter((o) -> o.hasNonNull("costEur"))
			.map((o) -> o.get("costEur").decimalValue())
			.sorted()
			.toList();
		BigDecimal median = costs.get(costs.size() / 2);
		Map<String, Object> filter = Map.of("entryLevelAtMost", "B1", "targetLevelAtLeast", "B2", "maxCostEur",
				median.doubleValue(), "startsFrom", "2026-10-01", "startsUntil", "2027-09-30");
		Predicate<JsonNode> expected = (o) -> level(o, "entryLevel") >= 0
				&& level(o, "entryLevel") <= CEFR.indexOf("B1") && level(o, "targetLevel") >= CEFR.indexOf("B2")
				&& (o.path("freeOfCharge").asBoolean(false)
						|| (o.hasNonNull("costEur") && o.get("costEur").decimalValue().compareTo(median) <= 0))
				&& o.hasNonNull("startDate") && o.get("startDate").asText().compareTo("2026-10-01") >= 0
				&& o.get("startDate").asText().compareTo("2027-09-30") <= 0;
		Set<String> ids = ids(this.offers.stream().filter(expected).toList());
		assertThat(ids).hasSizeBetween(5, this.offers.size() - 5);
		assertThat(recordIds(all(filter, null, false, null))).isEqualTo(ids);
	}

	@Test
	void upcomingAndRegistrationOpenCountFromTodayInGermanyAndKeepUndatedOffers() {
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
		Predicate<JsonNode> expected = (o) -> onOrAfterOrMissing(o, "startDate", today)
				&& onOrAfterOrMissing(o, "registrationDeadline", today);
		assertThat(recordIds(all(Map.of("upcomingOnly", true, "registrationOpen", true), null, false, null)))
			.isEqualTo(ids(this.offers.stream().filter(expected).toList()));
	}

	@Test
	void startDateOrderHoldsAcrossPagesWithUndatedOffersLast() {
		List<Map<String, Object>> edges = all(null, null, false, "START_DATE");
		assertThat(edges).hasSize(this.offers.size());
		List<String> dates = edges.stream().map((e) -> (String) node(e).get("startDate")).toList();
		long undated = this.offers.stream().filter((o) -> !o.hasNonNull("startDate")).count();
		List<String> dated = dates.subList(0, (int) (dates.size() - undated));
		assertThat(dated).doesNotContainNull().isSorted();
		assertThat(dates.subList(dated.size(), dates.size())).containsOnlyNulls();
		assertThat(recordIds(edges)).hasSize(this.offers.size());
	}

	@Test
	void aViewportCanIncludeLocationIndependentOffersAndMarksThem() {
		Map<String, Object> box = Map.of("north", 52.7, "south", 52.3, "east", 13.8, "west", 13.0);
		Set<String> inside = ids(this.offers.stream().filter((o) -> SampleRecords.sites(o).stream().anyMatch((s) -> {
			double lat = s.at("/location/lat").asDouble();
			double lon = s.at("/location/lon").asDouble();
			return lat <= 52.7 && lat >= 52.3 && lon <= 13.8 && lon >= 13.0;
		})).toList());
		Set<String> independent = ids(this.offers.stream().filter((o) -> SampleRecords.sites(o).isEmpty()).toList());
		assertThat(inside).isNotEmpty();
		assertThat(independent).isNotEmpty();

		assertThat(recordIds(all(null, box, false, null))).isEqualTo(inside);
		List<Map<String, Object>> both = all(null, box, true, null);
		Set<String> expected = new java.util.HashSet<>(inside);
		expected.addAll(independent);
		assertThat(recordIds(both)).isEqualTo(expected);
		assertThat(both).allSatisfy((edge) -> assertThat(edge.get("locationIndependent"))
			.isEqualTo(independent.contains((String) node(edge).get("recordId"))));
	}

	@Test
	void aCursorWhosePointInTimeIsGoneFailsWithAClearErrorNotWrongResults() throws IOException {
		Map<String, Object> first = page(null, null);
		Map<String, Object> second = page(null, endCursor(first));
		String cursor = endCursor(second);
		// The second page opened a point-in-time; closing it is what expiry does.
		JsonNode decoded = new ObjectMapper().readTree(new String(
				Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))), StandardCharsets.UTF_8));
		assertThat(decoded.path("p").asText()).isNotBlank();
		assertThat(this.client.closePointInTime((c) -> c.id(decoded.get("p").asText())).succeeded()).isTrue();

		Map<String, Object> variables = new HashMap<>();
		variables.put("include", false);
		variables.put("after", cursor);
		this.graphQl.document(PAGE)
			.variables(variables)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "after");
				assertThat(error.getMessage()).contains("This cursor has expired");
			}));
	}

	/** Every edge of a search, page by page. */
	private List<Map<String, Object>> all(Map<String, Object> filter, Map<String, Object> within, boolean include,
			String sort) {
		List<Map<String, Object>> edges = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("filter", filter);
			variables.put("within", within);
			variables.put("include", include);
			variables.put("sort", sort);
			variables.put("after", after);
			Map<String, Object> connection = this.graphQl.document(PAGE)
				.variables(variables)
				.execute()
				.errors()
				.verify()
				.path("trainingOffers")
				.entity(Map.class)
				.get();
			edges.addAll(list(connection.get("edges")));
			after = Boolean.TRUE.equals(map(connection.get("pageInfo")).get("hasNextPage")) ? endCursor(connection)
					: null;
		}
		while (after != null);
		return edges;
	}

	private Map<String, Object> page(Map<String, Object> filter, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("include", false);
		variables.put("after", after);
		return this.graphQl.document(PAGE)
			.variables(variables)
			.execute()
			.errors()
			.verify()
			.path("trainingOffers")
			.entity(Map.class)
			.get();
	}

	private static String endCursor(Map<String, Object> connection) {
		return (String) map(connection.get("pageInfo")).get("endCursor");
	}

	private static Set<String> recordIds(List<Map<String, Object>> edges) {
		List<String> ids = edges.stream().map((e) -> (String) node(e).get("recordId")).toList();
		assertThat(ids).doesNotHaveDuplicates();
		return Set.copyOf(ids);
	}

	private static Set<String> ids(List<JsonNode> records) {
		return records.stream().map((r) -> r.get("id").asText()).collect(Collectors.toSet());
	}

	private static int level(JsonNode offer, String field) {
		return offer.hasNonNull(field) ? CEFR.indexOf(offer.get(field).asText()) : -1;
	}

	private static boolean onOrAfterOrMissing(JsonNode offer, String field, String day) {
		return !offer.hasNonNull(field) || offer.get(field).asText().compareTo(day) >= 0;
	}

	private static Map<String, Object> node(Map<String, Object> edge) {
		return map(edge.get("node"));
	}

}
