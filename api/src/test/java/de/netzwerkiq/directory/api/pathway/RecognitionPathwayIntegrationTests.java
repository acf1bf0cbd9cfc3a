package de.netzwerkiq.directory.api.pathway;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import de.netzwerkiq.directory.indexer.content.Occupations;

import static de.netzwerkiq.directory.api.support.GraphQlResults.list;
import static de.netzwerkiq.directory.api.support.GraphQlResults.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recognition pathway in one request, each part checked against the sample files and
 * the thesaurus, read independently of the query code under test.
 */
@ApiIntegrationTest
class RecognitionPathwayIntegrationTests {

	private static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2");

	private static final String PATHWAY = """
			query($occupation: String!, $near: NearInput) {
			  recognitionPathway(occupation: $occupation, near: $near, language: "tr") {
			    occupation { kldbCode regulated germanLevel localisedName { text language } }
			    matchedText regulated origin { postalCode }
			    adviceCentres(first: 100) { totalCount edges { distanceMeters node { recordId } } }
			    bridgeCourses(first: 100) { totalCount edges { locationIndependent node { recordId title { language } } } }
			    germanCourses(first: 100) { totalCount edges { node { recordId } } }
			  } }""";

	@Autowired
	private HttpGraphQlTester graphQl;

	private final List<JsonNode> offers = SampleRecords.of(ContentKind.TRAINING_OFFERS);

	private final List<JsonNode> centres = SampleRecords.of(ContentKind.ADVICE_CENTRES);

	@Test
	void fromAProfessionInTurkishAndAPostalCodeToAdviceBridgeCoursesAndGerman() {
		String code = "81302";
		String level = Occupations.byCode(code).orElseThrow().germanLevel().name();
		Map<String, Object> pathway = this.graphQl.document(PATHWAY)
			.variable("occupation", "hemşire")
			.variable("near", Map.of("postalCode", "04109"))
			.execute()
			.errors()
			.verify()
			.path("recognitionPathway")
			.entity(Map.class)
			.get();
		assertThat(map(pathway.get("occupation"))).containsEntry("kldbCode", code)
			.containsEntry("regulated", true)
			.containsEntry("germanLevel", level);
		assertThat(map(map(pathway.get("occupation")).get("localisedName"))).containsEntry("language", "tr");
		assertThat(pathway).containsEntry("regulated", true).containsEntry("matchedText", "hemşire");
		assertThat(map(pathway.get("origin"))).containsEntry("postalCode", "04109");

		Predicate<JsonNode> codedOrGeneral = (r) -> SampleRecords.values(r, "occupations").contains(code)
				|| SampleRecords.values(r, "occupations").isEmpty();
		Set<String> centres = ids(this.centres, (c) -> SampleRecords.values(c, "topics").contains("RECOGNITION")
				&& codedOrGeneral.test(c) && !SampleRecords.sites(c).isEmpty());
		Map<String, Object> advice = map(pathway.get("adviceCentres"));
		assertThat(advice.get("totalCount")).isEqualTo(centres.size());
		List<Map<String, Object>> adviceEdges = list(advice.get("edges"));
		assertThat(recordIds(adviceEdges)).isSubsetOf(centres).hasSize(Math.min(100, centres.size()));
		assertThat(adviceEdges.stream().map((e) -> ((Number) e.get("distanceMeters")).longValue()).toList()).isSorted();

		Set<String> bridges = ids(this.offers,
				(o) -> SampleRecords.values(o, "occupations").contains(code)
						&& Set.of("ADAPTATION_COURSE", "BRIDGE_COURSE", "EXAM_PREPARATION")
							.contains(o.get("offerType").asText()));
		Map<String, Object> bridge = map(pathway.get("bridgeCourses"));
		assertThat(bridges).isNotEmpty();
		assertThat(bridge.get("totalCount")).isEqualTo(bridges.size());
		assertThat(recordIds(list(bridge.get("edges")))).isEqualTo(bridges);

		Set<String> german = ids(this.offers, (o) -> "WORK_RELATED_GERMAN".equals(o.get("offerType").asText())
				&& codedOrGeneral.test(o) && CEFR.indexOf(o.path("targetLevel").asText()) >= CEFR.indexOf(level));
		Map<String, Object> germanCourses = map(pathway.get("germanCourses"));
		assertThat(german).isNotEmpty();
		assertThat(germanCourses.get("totalCount")).isEqualTo(german.size());
		assertThat(recordIds(list(germanCourses.get("edges")))).isEqualTo(german);
	}

	@Test
	void aKldbCodeWorksAndAnUnregulatedOccupationSaysSo() {
		Map<String, Object> pathway = this.graphQl
			.document("{ recognitionPathway(occupation: \"29302\") { regulated occupation { name } "
					+ "bridgeCourses { totalCount } } }")
			.execute()
			.errors()
			.verify()
			.path("recognitionPathway")
			.entity(Map.class)
			.get();
		assertThat(pathway).containsEntry("regulated", false);
		assertThat(map(pathway.get("occupation"))).containsEntry("name", "Köchin/Koch");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "xyzzy plugh", "99999" })
	void anOccupationTheThesaurusDoesNotKnowIsABadRequest(String occupation) {
		this.graphQl.document("query($o: String!) { recognitionPathway(occupation: $o) { regulated } }")
			.variable("o", occupation)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "occupation");
				assertThat(error.getMessage()).contains("occupation");
			}));
	}

	private static Set<String> ids(List<JsonNode> records, Predicate<JsonNode> filter) {
		return records.stream().filter(filter).map((r) -> r.get("id").asText()).collect(Collectors.toSet());
	}

	private static Set<String> recordIds(List<Map<String, Object>> edges) {
		List<String> ids = edges.stream().map((e) -> (String) map(e.get("node")).get("recordId")).toList();
		assertThat(ids).doesNotHaveDuplicates();
		return Set.copyOf(ids);
	}

}
