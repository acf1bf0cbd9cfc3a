package de.netzwerkiq.directory.indexer.validation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.CurriculumRecord;
import de.netzwerkiq.directory.indexer.source.StartUpResourceRecord;
import de.netzwerkiq.directory.indexer.source.TrainingOfferRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules per kind. The file-level cases (every invalid case in one file, loaded into
 * Elasticsearch) are in ReindexIntegrationTests.
 */
class ContentValidatorTests {

	private static final ObjectMapper JSON = ContentJson.objectMapper();

	private static final String CENTRE = """
			{"id": "ac-1", "slug": "ac-one", "sourceLanguage": "de", "title": {"de": "Beratung"},
			 "topics": ["RECOGNITION"], "provider": "Träger", "deliveryModes": ["IN_PERSON"],
			 "offices": [{"address": {"postalCode": "10115", "city": "Berlin", "federalState": "DE-BE"},
			              "location": {"lat": 52.53, "lon": 13.38},
			              "openingHours": [{"day": "MONDAY", "opens": "09:00", "closes": "12:00"}]}],
			 "updatedAt": "2026-11-01T09:00:00Z", "lastVerified": "2026-11-01"}""";

	private static final String OFFER = """
			{"id": "to-1", "slug": "to-one", "sourceLanguage": "de", "title": {"de": "Kurs"},
			 "topics": ["GERMAN_FOR_WORK"], "provider": "Träger", "offerType": "WORK_RELATED_GERMAN",
			 "format": "ONLINE", "entryLevel": "B1", "targetLevel": "B2",
			 "updatedAt": "2026-11-01T09:00:00Z", "lastVerified": "2026-11-01"}""";

	private static final String CURRICULUM = """
			{"id": "cu-1", "slug": "cu-one", "sourceLanguage": "de", "title": {"de": "Curriculum"},
			 "topics": ["ANTI_DISCRIMINATION"], "targetGroups": ["JOB_CENTRE_STAFF"], "provider": "Träger",
			 "format": "BLENDED", "languages": ["de"], "licence": "CC-BY-SA-4.0",
			 "materials": [{"title": "Handbuch", "url": "https://example.org/h.pdf", "format": "PDF", "language": "de"}],
			 "updatedAt": "2026-11-01T09:00:00Z", "lastVerified": "2026-11-01"}""";

	private static final String RESOURCE = """
			{"id": "sr-1", "slug": "sr-one", "sourceLanguage": "tr", "title": {"tr": "İş planı rehberi"},
			 "topics": ["BUSINESS_PLAN"], "provider": "Träger", "resourceType": "GUIDE", "languages": ["tr"],
			 "url": "https://example.org/plan", "updatedAt": "2026-11-01T09:00:00Z", "lastVerified": "2026-11-01"}""";

	private final ContentValidator validator = new ContentValidator(() -> LocalDate.of(2026, 11, 24));

	@Test
	void acceptsAMinimalRecordOfEveryKind() throws JsonProcessingException {
		assertThat(this.validator.validate(centre(node(CENTRE)))).isEmpty();
		assertThat(this.validator.validate(offer(node(OFFER)))).isEmpty();
		assertThat(this.validator.validate(JSON.readValue(CURRICULUM, CurriculumRecord.class))).isEmpty();
		assertThat(this.validator.validate(JSON.readValue(RESOURCE, StartUpResourceRecord.class))).isEmpty();
	}

	@Test
	void anInPersonCentreNeedsAnOfficeAndARemoteOneNeedsItsStates() throws JsonProcessingException {
		ObjectNode noOffice = node(CENTRE);
		noOffice.remove("offices");
		assertThat(pointers(this.validator.validate(centre(noOffice)))).containsExactly("/offices");
		noOffice.putArray("deliveryModes").add("PHONE");
		assertThat(this.validator.validate(centre(noOffice))).extracting(Violation::message)
			.containsExactly("federalStates is required when a centre has no offices: name the states it serves");
		noOffice.putArray("federalStates").add("DE-BY");
		assertThat(this.validator.validate(centre(noOffice))).isEmpty();
	}

	@Test
	void anOfficeAddressMustAgreeWithTheGazetteer() throws JsonProcessingException {
		ObjectNode centre = node(CENTRE);
		ObjectNode address = (ObjectNode) centre.at("/offices/0/address");
		address.put("federalState", "DE-BY");
		assertThat(this.validator.validate(centre(centre))).extracting(Violation::message)
			.containsExactly("offices.0.address.federalState DE-BY does not match postal code 10115 (Berlin, DE-BE)");
		address.put("federalState", "DE-BE").put("postalCode", "00000");
		assertThat(this.validator.validate(centre(centre))).extracting(Violation::message)
			.containsExactly("offices.0.address.postalCode '00000' is not a German postal code");
		address.put("postalCode", "80331");
		address.put("federalState", "DE-BY");
		assertThat(this.validator.validate(centre(centre))).extracting(Violation::pointer, Violation::message)
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.toList().get(0)).isEqualTo("/offices/0/location");
				assertThat(violation.toList().get(1).toString()).contains("km from postal code 80331 (München)");
			});
	}

	@Test
	void aPostalCodeAcrossAStateBorderAcceptsEitherState() throws JsonProcessingException {
		// 21039 covers parts of Hamburg and Börnsen in Schleswig-Holstein.
		ObjectNode centre = node(CENTRE);
		((ObjectNode) centre.at("/offices/0/address")).put("postalCode", "21039").put("city", "Börnsen");
		((ObjectNode) centre.at("/offices/0/location")).put("lat", 53.47).put("lon", 10.29);
		for (String state : new String[] { "DE-HH", "DE-SH" }) {
			((ObjectNode) centre.at("/offices/0/address")).put("federalState", state);
			assertThat(this.validator.validate(centre(centre))).as(state).isEmpty();
		}
	}

	@Test
	void openingHoursMustCloseAfterTheyOpen() throws JsonProcessingException {
		ObjectNode centre = node(CENTRE);
		((ObjectNode) centre.at("/offices/0/openingHours/0")).put("closes", "08:00");
		assertThat(this.validator.validate(centre(centre))).extracting(Violation::pointer, Violation::message)
			.containsExactly(Tuple.tuple("/offices/0/openingHours/0/closes",
					"offices.0.openingHours.0: closes 08:00 is not after opens 09:00"));
	}

	@Test
	void anInPersonOfferNeedsAVenueAndAFreeOfferCannotCostMoney() throws JsonProcessingException {
		ObjectNode offer = node(OFFER);
		offer.put("format", "IN_PERSON");
		offer.put("freeOfCharge", true);
		offer.put("costEur", 450);
		assertThat(pointers(this.validator.validate(offer(offer)))).containsExactly("/venues", "/costEur");
		offer.put("costEur", -1);
		assertThat(this.validator.validate(offer(offer))).extracting(Violation::message)
			.contains("costEur -1 must be between 0 and 100000");
	}

	@Test
	void anEndDateNeedsAStartDateAndLastVerifiedCannotBeInTheFuture() throws JsonProcessingException {
		ObjectNode offer = node(OFFER);
		offer.put("endDate", "2027-01-31");
		offer.put("lastVerified", "2027-01-01");
		offer.put("durationHours", 0);
		assertThat(this.validator.validate(offer(offer))).extracting(Violation::message)
			.containsExactlyInAnyOrder("startDate is required when endDate is given",
					"lastVerified 2027-01-01 is in the future", "durationHours 0 must be between 1 and 10000");
	}

	@Test
	void nullsInListsAndMissingRequiredFieldsNameTheField() throws JsonProcessingException {
		ObjectNode offer = node(OFFER);
		offer.putArray("topics").addNull();
		offer.remove("provider");
		offer.remove("lastVerified");
		assertThat(pointers(this.validator.validate(offer(offer)))).containsExactlyInAnyOrder("/topics/0", "/provider",
				"/lastVerified");
	}

	@Test
	void curriculaNeedAnAudienceALicenceAndWellFormedMaterials() throws JsonProcessingException {
		ObjectNode curriculum = node(CURRICULUM);
		curriculum.remove("targetGroups");
		curriculum.remove("licence");
		((ObjectNode) curriculum.at("/materials/0")).put("url", "example.org/h.pdf").put("language", "deu");
		assertThat(pointers(this.validator.validate(JSON.treeToValue(curriculum, CurriculumRecord.class))))
			.containsExactlyInAnyOrder("/targetGroups", "/licence", "/materials/0/url", "/materials/0/language");
	}

	@Test
	void resourcesNeedAUrlAndTheirTitleInTheirOwnSourceLanguage() throws JsonProcessingException {
		ObjectNode resource = node(RESOURCE);
		resource.remove("url");
		resource.putObject("title").put("de", "Leitfaden");
		assertThat(this.validator.validate(JSON.treeToValue(resource, StartUpResourceRecord.class)))
			.extracting(Violation::message)
			.containsExactlyInAnyOrder("title is required in the source language 'tr'", "url is required");
	}

	private static ObjectNode node(String json) throws JsonProcessingException {
		return (ObjectNode) JSON.readTree(json);
	}

	private static AdviceCentreRecord centre(ObjectNode node) throws JsonProcessingException {
		return JSON.treeToValue(node, AdviceCentreRecord.class);
	}

	private static TrainingOfferRecord offer(ObjectNode node) throws JsonProcessingException {
		return JSON.treeToValue(node, TrainingOfferRecord.class);
	}

	private static List<String> pointers(List<Violation> violations) {
		return violations.stream().map(Violation::pointer).toList();
	}

}
