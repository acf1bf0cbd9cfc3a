package de.netzwerkiq.directory.api.search;

import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.SearchCount;
import de.netzwerkiq.directory.indexer.index.IndexNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of wrong search argument gets one BAD_REQUEST error that names the argument
 * and says what is allowed.
 */
@ApiIntegrationTest
class SearchBadInputIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private IndexNames names;

	@Autowired
	private ElasticsearchClient client;

	@ParameterizedTest(name = "{1}: {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					adviceCentres(near: {point: {lat: 95, lon: 13}})                   | near.point.lat   | must be a latitude between -90 and 90 (got 95.0)
					adviceCentres(near: {point: {lat: 52, lon: -200}})                 | near.point.lon   | must be a longitude between -180 and 180 (got -200.0)
					adviceCentres(near: {postalCode: "10115", radiusKm: 0})            | near.radiusKm    | must be greater than 0 and at most 1000 (got 0.0)
					adviceCentres(near: {postalCode: "10115", radiusKm: -5})           | near.radiusKm    | must be greater than 0 and at most 1000 (got -5.0)
					adviceCentres(near: {postalCode: "10115", radiusKm: 1e9})          | near.radiusKm    | must be greater than 0 and at most 1000
					adviceCentres(near: {postalCode: "00000"})                         | near.postalCode  | There is no German postal code 00000
					adviceCentres(near: {postalCode: "1234"})                          | near.postalCode  | must be a five-digit German postal code (got '1234')
					trainingOffers(near: {place: "Xqzvwjk"})                           | near.place       | No German town or city matches 'Xqzvwjk'
					adviceCentres(near: {place: "Berlin", postalCode: "10115"})        | near             | exactly one of point, postalCode or place (got 2)
					adviceCentres(near: {})                                            | near             | exactly one of point, postalCode or place (got 0)
					adviceCentres(within: {north: 52, south: 53, east: 14, west: 13})  | within           | upside down: south (53.0) must be less than north (52.0)
					adviceCentres(within: {north: 53, south: 52, east: 13, west: 14})  | within           | inverted: west (14.0) must be less than east (13.0)
					adviceCentres(within: {north: 91, south: 52, east: 14, west: 13})  | within.north     | must be a latitude between -90 and 90
					adviceCentres(after: "bm90IGEgY3Vyc29y")                           | after            | not a cursor of this API
					adviceCentres(after: "%%%")                                        | after            | not a cursor of this API
					adviceCentres(first: 101)                                          | first            | first must be between 1 and 100 (got 101)
					adviceCentres(first: 0)                                            | first            | first must be between 1 and 100 (got 0)
					adviceCentres(language: "xx")                                      | language         | language must be one of de, en, ar, fa, tr, ru, uk, fr (got 'xx')
					adviceCentres(sort: DISTANCE)                                      | sort             | sort DISTANCE needs near
					curricula(sort: START_DATE)                                        | sort             | START_DATE applies to training offers only
					adviceCentres(filter: {languages: ["Deutsch"]})                    | filter.languages | takes ISO 639-1 codes
					trainingOffers(filter: {occupations: ["nurse"]})                   | filter.occupations | takes five-digit KldB 2010 codes
					trainingOffers(filter: {startsFrom: "next week"})                  | filter.startsFrom | must be an ISO 8601 date
					trainingOffers(filter: {startsFrom: "2027-02-01", startsUntil: "2027-01-01"}) | filter.startsFrom | must not be after filter.startsUntil
					trainingOffers(filter: {maxCostEur: -1})                           | filter.maxCostEur | must be between 0 and 1000000
					""")
	void rejectsWithABadRequestNamingTheArgument(String call, String argument, String message) {
		String field = call.substring(0, call.indexOf('('));
		this.graphQl.document("{ " + call + " { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).contains(message);
				assertThat(error.getPath()).isEqualTo(field);
			}));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{ adviceCentres { facets(fields: [LICENCE]) { field } } }             | facets.fields | The facet LICENCE does not apply here
					{ adviceCentres { clusters(zoom: 25) { count } } }                    | clusters.zoom | clusters.zoom must be between 0 and 20 (got 25)
					{ suggest(prefix: "") { places { name } } }                           | prefix        | prefix must be 1 to 100 characters (got 0)
					{ suggest(prefix: "Ber", first: 50) { places { name } } }             | first         | first must be between 1 and 20 (got 50)
					""")
	void rejectsBadSelectionArguments(String document, String argument, String message) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).contains(message);
			}));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{ adviceCentres(filter: {federalStates: [DE_XX]}) { totalCount } }   | DE_XX
			{ adviceCentres(sort: CHEAPEST) { totalCount } }                     | CHEAPEST
			""")
	void unknownEnumValuesAreValidationErrorsNamingTheValue(String document, String value) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("ValidationError");
				assertThat(error.getMessage()).contains(value);
			}));
	}

	@org.junit.jupiter.api.Test
	void rejectsOverlongText() {
		this.graphQl.document("query($t: String) { search(text: $t) { totalCount } }")
			.variable("t", "Anerkennung ".repeat(20))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("text must be at most 200 characters (got 240 characters)");
			}));
	}

	/**
	 * Found by a hostile corpus: with a fingerprint intact, a cursor with sort values of
	 * the wrong type or count, or a garbage point-in-time id, was answered UNAVAILABLE
	 * (retry), and some edited sort values were searched. Signed, every edit is refused
	 * before Elasticsearch is asked.
	 */
	@Test
	void aCursorThisApiDidNotIssueIsABadRequestNamingAfter() throws Exception {
		String document = "query($after: String) { curricula(first: 1, after: $after) "
				+ "{ totalCount pageInfo { endCursor } } }";
		String first = this.graphQl.document(document)
			.execute()
			.path("curricula.pageInfo.endCursor")
			.entity(String.class)
			.get();
		// The second page's cursors hold a point-in-time id.
		String cursor = this.graphQl.document(document)
			.variable("after", first)
			.execute()
			.path("curricula.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String payload = cursor.substring(0, cursor.indexOf('.'));
		String signature = cursor.substring(cursor.indexOf('.') + 1);
		ObjectMapper json = new ObjectMapper();
		ObjectNode decoded = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(payload));
		assertThat(decoded.path("p").asText()).as("a point-in-time id in %s", decoded).isNotBlank();
		List<String> forged = new java.util.ArrayList<>();
		for (java.util.function.Consumer<ObjectNode> edit : List.<java.util.function.Consumer<ObjectNode>>of(
				(c) -> c.set("i", json.createArrayNode().add(this.names.runs())),
				(c) -> c.set("i", json.createArrayNode().add("*")),
				(c) -> c.set("a", json.createArrayNode().add("not a date").add(1)),
				(c) -> c.set("a", json.createArrayNode().add(1)),
				(c) -> ((com.fasterxml.jackson.databind.node.ArrayNode) c.get("a")).add("extra"),
				(c) -> c.set("a", json.createArrayNode().add(json.createObjectNode().put("x", 1)).add("y")),
				(c) -> c.put("p", "garbage"), (c) -> c.put("p", Base64.getEncoder().encodeToString(new byte[60])),
				(c) -> c.put("t", Long.MAX_VALUE), (c) -> c.put("t", -1), (c) -> c.put("f", "AAAAAAAAAAAA"))) {
			ObjectNode edited = decoded.deepCopy();
			edit.accept(edited);
			String editedPayload = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(json.writeValueAsBytes(edited));
			forged.add(editedPayload + "." + signature);
			forged.add(editedPayload);
		}
		forged.add(payload);
		forged.add(payload + ".");
		forged.add(payload + "." + signature.substring(1) + (signature.startsWith("A") ? "B" : "A"));
		forged.add(payload + "." + signature + "A");
		forged.add(payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]));
		forged.add("." + signature);
		for (String after : forged) {
			long searches = SearchCount.of(this.client, this.names);
			this.graphQl.document(document)
				.variable("after", after)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(after).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("argument", "after");
					assertThat(error.getMessage()).contains("not a cursor of this API");
				}));
			assertThat(SearchCount.of(this.client, this.names)).as("searches for %s", after).isEqualTo(searches);
		}
		// Unchanged, it still works.
		this.graphQl.document(document).variable("after", cursor).execute().errors().verify();
	}

}
