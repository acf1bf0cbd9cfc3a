package de.netzwerkiq.directory.api.relevance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The metrics and the rule matching of the relevance evaluation, without Elasticsearch.
 */
class RelevanceMetricsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void dcgUsesExponentialGainAndLog2Discount() {
		// (2^3-1)/log2(2) + (2^0-1)/log2(3) + (2^2-1)/log2(4) = 7 + 0 + 1.5
		assertThat(Metrics.dcg(List.of(3, 0, 2))).isCloseTo(8.5, within(1e-9));
	}

	@Test
	void dcgCountsOnlyTheTopTen() {
		List<Integer> eleven = new ArrayList<>(Collections.nCopies(10, 0));
		eleven.add(3);
		assertThat(Metrics.dcg(eleven)).isZero();
	}

	@Test
	void ndcgIsOneForTheIdealOrderAndComparesWithAllRelevantRecordsOfTheCorpus() {
		assertThat(Metrics.ndcg(List.of(3, 2, 1), List.of(0, 1, 3, 0, 2))).isCloseTo(1.0, within(1e-9));
		// Only the grade-2 record was found: the grade-3 record missing from the hits
		// still counts in the ideal.
		double ideal = 7 + 3 / log2(3);
		assertThat(Metrics.ndcg(List.of(2), List.of(3, 2))).isCloseTo(3 / ideal, within(1e-9));
	}

	@Test
	void ndcgIsZeroForAnEmptyAnswerAndUndefinedWithoutRelevantRecords() {
		assertThat(Metrics.ndcg(List.of(), List.of(3, 0))).isZero();
		assertThat(Metrics.ndcg(List.of(0, 0), List.of(0, 0))).isNaN();
	}

	@Test
	void successAtOneNeedsAClearlyRelevantTopHit() {
		assertThat(Metrics.successAt1(List.of(2, 0))).isTrue();
		assertThat(Metrics.successAt1(List.of(3))).isTrue();
		assertThat(Metrics.successAt1(List.of(1, 3))).isFalse();
		assertThat(Metrics.successAt1(List.of())).isFalse();
	}

	@Test
	void aRecordGetsTheHighestGradeOfTheRulesItMeets() {
		JudgedQuery query = QueryFile.parse("""
				{"id":"t-1","language":"de","text":"Deutschkurs","classes":["compound"],"rules":[
				 {"grade":1,"topics":"GERMAN_FOR_WORK"},
				 {"grade":3,"kind":"TRAINING_OFFERS","offerType":"WORK_RELATED_GERMAN"}]}""");
		JsonNode course = json("""
				{"id":"a","topics":["GERMAN_FOR_WORK"],"offerType":"WORK_RELATED_GERMAN"}""");
		JsonNode centre = json("""
				{"id":"b","topics":["GERMAN_FOR_WORK","RECOGNITION"]}""");
		assertThat(query.grade(ContentKind.TRAINING_OFFERS, course)).isEqualTo(3);
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, centre)).isEqualTo(1);
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, json("{\"topics\":[\"RECOGNITION\"]}"))).isZero();
	}

	@Test
	void allConditionsOfARuleMustHoldAndAnyListedCodeSatisfiesOne() {
		JudgedQuery query = QueryFile.parse("""
				{"id":"t-2","language":"de","text":"Lehrer","classes":["occupation"],"rules":[
				 {"grade":3,"kind":"TRAINING_OFFERS","occupations":["84114","84124"],"format":"ONLINE"}]}""");
		assertThat(
				query.grade(ContentKind.TRAINING_OFFERS, json("{\"occupations\":[\"84124\"],\"format\":\"ONLINE\"}")))
			.isEqualTo(3);
		assertThat(query.grade(ContentKind.TRAINING_OFFERS,
				json("{\"occupations\":[\"84124\"],\"format\":\"IN_PERSON\"}")))
			.isZero();
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, json("{\"occupations\":[\"84124\"],\"format\":\"ONLINE\"}")))
			.isZero();
	}

	@Test
	void statesIncludeThoseOfOfficesAndALevelIsCoveredFromEntryToTarget() {
		JsonNode record = json("""
				{"entryLevel":"B1","targetLevel":"C1","venues":[{"address":{"city":"Köln","federalState":"DE-NW"},
				 "location":{"lat":50.94,"lon":6.96}}]}""");
		assertThat(RuleField.FEDERAL_STATES.values(ContentKind.TRAINING_OFFERS, record)).containsExactly("DE_NW");
		assertThat(RuleField.LEVEL.values(ContentKind.TRAINING_OFFERS, record)).containsExactly("B1", "B2", "C1");
		assertThat(RuleField.CITY.values(ContentKind.TRAINING_OFFERS, record)).containsExactly("Köln");
	}

	@Test
	void nearMatchesARecordWithASiteInsideTheCircleOnly() {
		JudgedQuery query = QueryFile.parse("""
				{"id":"t-3","language":"de","text":"Köln","classes":["place"],"rules":[
				 {"grade":3,"near":{"lat":50.9333,"lon":6.95,"km":30}}]}""");
		JsonNode hurth = json("{\"offices\":[{\"location\":{\"lat\":50.8771,\"lon\":6.8760}}]}");
		JsonNode aachen = json("{\"offices\":[{\"location\":{\"lat\":50.7766,\"lon\":6.0834}}]}");
		JsonNode online = json("{\"format\":\"ONLINE\"}");
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, hurth)).isEqualTo(3);
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, aachen)).isZero();
		assertThat(query.grade(ContentKind.TRAINING_OFFERS, online)).isZero();
	}

	@Test
	void freeOfChargeIsReadAsABoolean() {
		JudgedQuery query = QueryFile.parse("""
				{"id":"t-4","language":"de","text":"kostenlos","classes":["concept"],"rules":[
				 {"grade":2,"freeOfCharge":true}]}""");
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, json("{\"freeOfCharge\":true}"))).isEqualTo(2);
		assertThat(query.grade(ContentKind.ADVICE_CENTRES, json("{\"freeOfCharge\":false}"))).isZero();
	}

	@Test
	void unknownFieldsCodesAndGradesAreRejectedWithTheReason() {
		Map.of("{\"id\":\"x\",\"language\":\"de\",\"text\":\"a\",\"classes\":[\"direct\"],\"rules\":[{\"grade\":3,\"topic\":\"RECOGNITION\"}]}",
				"unknown rule field 'topic'",
				"{\"id\":\"x\",\"language\":\"de\",\"text\":\"a\",\"classes\":[\"direct\"],\"rules\":[{\"grade\":3,\"topics\":\"RECOGNISION\"}]}",
				"'RECOGNISION' is not a code of topics",
				"{\"id\":\"x\",\"language\":\"de\",\"text\":\"a\",\"classes\":[\"direct\"],\"rules\":[{\"grade\":3,\"occupations\":\"99999\"}]}",
				"'99999' is not a code of occupations",
				"{\"id\":\"x\",\"language\":\"de\",\"text\":\"a\",\"classes\":[\"direct\"],\"rules\":[{\"grade\":4,\"kind\":\"CURRICULA\"}]}",
				"grade 4 is not 1, 2 or 3",
				"{\"id\":\"x\",\"language\":\"xx\",\"text\":\"a\",\"classes\":[\"direct\"],\"rules\":[{\"grade\":3,\"kind\":\"CURRICULA\"}]}",
				"unknown language 'xx'",
				"{\"id\":\"x\",\"language\":\"de\",\"text\":\"a\",\"classes\":[\"clever\"],\"rules\":[{\"grade\":3,\"kind\":\"CURRICULA\"}]}",
				"unknown class 'clever'",
				"{\"id\":\"x\",\"language\":\"de\",\"text\":\"a\",\"classes\":[\"place\"],\"rules\":[{\"grade\":3,\"near\":{\"lat\":6.95,\"lon\":50.93,\"km\":30}}]}",
				"near point is not in Germany")
			.forEach((line, reason) -> assertThatIllegalArgumentException().isThrownBy(() -> QueryFile.parse(line))
				.withMessageContaining(reason));
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	private static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
