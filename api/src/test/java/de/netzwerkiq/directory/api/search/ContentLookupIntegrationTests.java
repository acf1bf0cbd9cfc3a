package de.netzwerkiq.directory.api.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class ContentLookupIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void findsOneRecordOfEveryKindBySlugWithItsCodeListsResolved() throws IOException {
		JsonNode centre = firstSampleRecord(ContentKind.ADVICE_CENTRES);
		JsonNode offer = firstSampleRecord(ContentKind.TRAINING_OFFERS);
		JsonNode curriculum = firstSampleRecord(ContentKind.CURRICULA);
		JsonNode resource = firstSampleRecord(ContentKind.START_UP_RESOURCES);
		var response = this.graphQl.documentName("bySlug")
			.variable("centre", centre.get("slug").asText())
			.variable("offer", offer.get("slug").asText())
			.variable("curriculum", curriculum.get("slug").asText())
			.variable("resource", resource.get("slug").asText())
			.execute()
			.errors()
			.verify();
		response.path("adviceCentre.recordId").entity(String.class).isEqualTo(centre.get("id").asText());
		response.path("adviceCentre.title.text").entity(String.class).isEqualTo(centre.at("/title/de").asText());
		response.path("trainingOffer.recordId").entity(String.class).isEqualTo(offer.get("id").asText());
		response.path("trainingOffer.format").entity(String.class).isEqualTo(offer.get("format").asText());
		if (offer.has("occupations") && !offer.get("occupations").isEmpty()) {
			response.path("trainingOffer.occupations[0].kldbCode")
				.entity(String.class)
				.isEqualTo(offer.at("/occupations/0").asText());
			response.path("trainingOffer.occupations[0].name")
				.entity(String.class)
				.satisfies((name) -> assertThat(name).isNotBlank());
		}
		response.path("curriculum.licence")
			.entity(String.class)
			.satisfies((licence) -> assertThat(licence).matches("[A-Z0-9_]+"));
		response.path("curriculum.materials[0].url")
			.entity(String.class)
			.isEqualTo(curriculum.at("/materials/0/url").asText());
		response.path("startUpResource.sourceLanguage")
			.entity(String.class)
			.isEqualTo(resource.get("sourceLanguage").asText());
		response.path("startUpResource.title.text")
			.entity(String.class)
			.isEqualTo(resource.at("/title/" + resource.get("sourceLanguage").asText()).asText());
	}

	@Test
	void answersNullForAnUnknownOrAbsurdSlug() {
		this.graphQl.documentName("bySlug")
			.variables(Map.of("centre", "no-such-centre", "offer", "x".repeat(5000), "curriculum", "", "resource",
					"\" OR 1=1 --"))
			.execute()
			.errors()
			.verify()
			.path("adviceCentre")
			.valueIsNull()
			.path("trainingOffer")
			.valueIsNull()
			.path("curriculum")
			.valueIsNull()
			.path("startUpResource")
			.valueIsNull();
	}

	private static JsonNode firstSampleRecord(ContentKind kind) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(ContentSource.sample(kind).open(), StandardCharsets.UTF_8))) {
			return ContentJson.objectMapper().readTree(reader.readLine());
		}
	}

}
