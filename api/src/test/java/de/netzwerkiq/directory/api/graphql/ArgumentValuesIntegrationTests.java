package de.netzwerkiq.directory.api.graphql;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Explicit nulls for arguments with a default mean the default, inline and as variables;
 * lists are bounded and each value counts once, wherever they are in the schema.
 */
@ApiIntegrationTest
class ArgumentValuesIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	/**
	 * Found by a hostile corpus: a null for these was an INTERNAL_ERROR, or silently not
	 * the default.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					adviceCentres(near: {place: "Berlin", radiusKm: 20}, #)   | includeLocationIndependent | Boolean | totalCount
					trainingOffers(near: {place: "Berlin", radiusKm: 20}, #)  | includeLocationIndependent | Boolean | totalCount
					search(near: {place: "Berlin", radiusKm: 20}, #)          | includeLocationIndependent | Boolean | totalCount
					adviceCentres(#)                                          | first                      | Int     | edges { node { id } }
					search(#)                                                 | first                      | Int     | edges { kind }
					suggest(prefix: "Ber", #)                                 | first                      | Int     | titles { slug } places { name }
					nearestAdviceCentres(near: {lat: 52.5, lon: 13.4}, #)     | first                      | Int     | distanceMeters
					""")
	void anExplicitNullIsTheDefault(String call, String argument, String type, String selection) {
		String omitted = "{ x: " + call.replace(", #", "").replace("(#)", "") + " { " + selection + " } }";
		Object expected = answer(omitted, Map.of());
		String inline = "{ x: " + call.replace("#", argument + ": null") + " { " + selection + " } }";
		assertThat(answer(inline, Map.of())).as(inline).isEqualTo(expected);
		String variable = "query($v: " + type + ") { x: " + call.replace("#", argument + ": $v") + " { " + selection
				+ " } }";
		assertThat(answer(variable, Collections.singletonMap("v", null))).as(variable).isEqualTo(expected);
	}

	/** The pathway's courses include online ones by default, unlike the searches. */
	@Test
	void anExplicitNullIsTheDefaultOfItsOwnField() {
		String pathway = "{ x: recognitionPathway(occupation: \"nurse\", near: {place: \"Berlin\", radiusKm: 20}) "
				+ "{ bridgeCourses(first: 100#) { totalCount } } }";
		Object omitted = answer(pathway.replace("#", ""), Map.of());
		Object without = answer(pathway.replace("#", ", includeLocationIndependent: false"), Map.of());
		assertThat(omitted).as("online courses make a difference here").isNotEqualTo(without);
		assertThat(answer(pathway.replace("#", ", includeLocationIndependent: null"), Map.of())).isEqualTo(omitted);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					query($l: [String!]) { adviceCentres(filter: {languages: $l}) { totalCount } }                   | filter.languages
					query($l: [String!]) { trainingOffers(filter: {occupations: $l}) { totalCount } }                | filter.occupations
					query($l: [FederalState!]) { search(filter: {federalStates: $l}) { totalCount } }               | filter.federalStates
					query($l: [ContentKind!]) { suggest(prefix: "Ber", kinds: $l) { titles { slug } } }             | kinds
					query($l: [FacetField!]) { adviceCentres { facets(fields: $l) { field } } }                     | facets.fields
					query($l: [FacetField!]) { adviceCentres { totalCount facets(fields: $l) { field } } }          | facets.fields
					query($l: [Topic!]) { recognitionPathway(occupation: "nurse") { bridgeCourses(filter: {topics: $l}) { totalCount } } } | bridgeCourses.filter.topics
					""")
	void aListOverTheLimitIsABadRequestNamingIt(String document, String argument) {
		String value = switch (argument) {
			case "filter.languages" -> "de";
			case "filter.occupations" -> "81302";
			case "filter.federalStates" -> "DE_BE";
			case "kinds" -> "CURRICULA";
			case "facets.fields" -> "TOPIC";
			default -> "RECOGNITION";
		};
		this.graphQl.document(document)
			.variable("l", Collections.nCopies(ArgumentValues.MAX_LIST_VALUES + 1, value))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).isEqualTo(
						argument + " takes at most 100 values (got " + (ArgumentValues.MAX_LIST_VALUES + 1) + ")");
			}));
	}

	@Test
	void aRepeatedValueCountsOnce() {
		List<String> repeated = Collections.nCopies(ArgumentValues.MAX_LIST_VALUES, "TOPIC");
		this.graphQl.document("query($l: [FacetField!]) { adviceCentres(first: 1) { facets(fields: $l) { field } } }")
			.variable("l", repeated)
			.execute()
			.errors()
			.verify()
			.path("adviceCentres.facets[*].field")
			.entityList(String.class)
			.containsExactly("TOPIC");
		List<String> languages = IntStream.range(0, ArgumentValues.MAX_LIST_VALUES)
			.mapToObj((i) -> (i % 2 == 0) ? "de" : "en")
			.toList();
		Object once = answer("{ x: adviceCentres(filter: {languages: [\"de\", \"en\"]}) { totalCount } }", Map.of());
		assertThat(answer("query($l: [String!]) { x: adviceCentres(filter: {languages: $l}) { totalCount } }",
				Map.of("l", languages)))
			.isEqualTo(once);
	}

	private Object answer(String document, Map<String, Object> variables) {
		HttpGraphQlTester.Request<?> request = this.graphQl.document(document);
		variables.forEach(request::variable);
		return request.execute().errors().verify().path("x").entity(Object.class).get();
	}

}
