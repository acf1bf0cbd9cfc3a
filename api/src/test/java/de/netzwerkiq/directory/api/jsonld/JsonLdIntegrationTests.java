package de.netzwerkiq.directory.api.jsonld;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jsonLd} on search hits from the real node: it parses, is valid against the
 * schema.org vocabulary and carries what search engines require of its type. The hits'
 * {@code _source} is filtered by the selection, so this also shows that the JSON-LD reads
 * whole records.
 */
@ApiIntegrationTest
class JsonLdIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "adviceCentres, Service, name;provider;availableChannel",
			"trainingOffers, Course, name;description;provider;hasCourseInstance",
			"curricula, LearningResource, name;description;inLanguage",
			"startUpResources, CreativeWork, name;url;inLanguage" })
	void everyHitsJsonLdParsesAndIsValidSchemaOrg(String query, String type, String required) throws Exception {
		List<String> texts = this.graphQl
			.document("{ " + query + "(first: 30, language: \"ar\") { edges { node { jsonLd } } } }")
			.execute()
			.errors()
			.verify()
			.path(query + ".edges[*].node.jsonLd")
			.entityList(String.class)
			.get();
		assertThat(texts).hasSize(30);
		SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();
		for (String text : texts) {
			assertThat(text).doesNotContain("</");
			JsonNode jsonLd = JSON.readTree(text);
			assertThat(jsonLd.path("@context").asText()).isEqualTo("https://schema.org");
			assertThat(jsonLd.path("@type").asText()).isEqualTo(type);
			for (String property : required.split(";")) {
				assertThat(jsonLd.hasNonNull(property)).as("%s has %s", type, property).isTrue();
			}
			assertThat(vocabulary.problems(jsonLd)).as(text).isEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource({ "de", "tr" })
	void aCoursesInstancesSayWhereAndWhen(String language) throws Exception {
		Map<String, Object> edge = this.graphQl
			.document("{ trainingOffers(first: 1, filter: { formats: [IN_PERSON] }, sort: START_DATE, language: \""
					+ language + "\") { edges { node { startDate jsonLd title { text } } } } }")
			.execute()
			.errors()
			.verify()
			.path("trainingOffers.edges[0].node")
			.entity(Map.class)
			.get();
		JsonNode course = JSON.readTree((String) edge.get("jsonLd"));
		assertThat(course.path("name").asText()).isEqualTo(((Map<?, ?>) edge.get("title")).get("text"));
		JsonNode instance = course.path("hasCourseInstance").isArray() ? course.path("hasCourseInstance").get(0)
				: course.path("hasCourseInstance");
		assertThat(instance.path("@type").asText()).isEqualTo("CourseInstance");
		assertThat(instance.path("courseMode").asText()).isEqualToIgnoringCase("onsite");
		assertThat(instance.path("startDate").asText()).isEqualTo(edge.get("startDate"));
		assertThat(instance.at("/location/address/postalCode").asText()).matches("\\d{5}");
		assertThat(instance.at("/location/geo/latitude").isNumber()).isTrue();
	}

}
