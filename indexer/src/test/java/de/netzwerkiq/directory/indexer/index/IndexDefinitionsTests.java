package de.netzwerkiq.directory.indexer.index;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Curriculum;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.StartUpResource;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

import static org.assertj.core.api.Assertions.assertThat;

class IndexDefinitionsTests {

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void mapsExactlyTheFieldsOfTheKindsDocumentRecord(ContentKind kind) {
		Class<? extends Record> document = switch (kind) {
			case ADVICE_CENTRES -> AdviceCentre.class;
			case TRAINING_OFFERS -> TrainingOffer.class;
			case CURRICULA -> Curriculum.class;
			case START_UP_RESOURCES -> StartUpResource.class;
		};
		TypeMapping mapping = IndexDefinitions.mapping(kind, TextAnalysis.STANDARD);
		java.util.List<String> fields = new java.util.ArrayList<>(names(document));
		// Added by a reindex, kept in doc values for the change log, out of _source.
		fields.add(IndexFields.CONTENT_DIGEST);
		assertThat(mapping.properties().keySet()).containsExactlyInAnyOrderElementsOf(fields);
		assertThat(mapping.source().excludes()).contains(IndexFields.CONTENT_DIGEST);
	}

	@Test
	void sitesAreMappedWithEveryFieldAndAGeoPoint() {
		Map<String, Property> offices = IndexDefinitions.mapping(ContentKind.ADVICE_CENTRES, TextAnalysis.STANDARD)
			.properties()
			.get("offices")
			.object()
			.properties();
		assertThat(offices.keySet()).containsExactlyInAnyOrderElementsOf(names(Site.class));
		assertThat(offices.get("location").isGeoPoint()).isTrue();
	}

	@Test
	void languageAnalyzersOnAFullClusterAndStandardAnalysisOnTheMinimalOne() {
		Map<String, Property> full = IndexDefinitions.mapping(ContentKind.TRAINING_OFFERS, TextAnalysis.LANGUAGE)
			.properties()
			.get("title")
			.object()
			.properties();
		assertThat(full.get("de").text().analyzer()).isEqualTo("german");
		assertThat(full.get("ar").text().analyzer()).isEqualTo("arabic");
		assertThat(full.get("uk").text().analyzer()).as("no built-in Ukrainian analyzer").isEqualTo("standard");
		Map<String, Property> minimal = IndexDefinitions.mapping(ContentKind.TRAINING_OFFERS, TextAnalysis.STANDARD)
			.properties()
			.get("title")
			.object()
			.properties();
		assertThat(minimal.values()).allSatisfy((field) -> assertThat(field.text().analyzer()).isEqualTo("standard"));
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void stemFieldsPerLocalisedFieldAndLanguageSplitOnWhitespaceAndStayOutOfTheSource(ContentKind kind) {
		for (TextAnalysis analysis : java.util.List.of(TextAnalysis.STANDARD, TextAnalysis.LANGUAGE)) {
			TypeMapping mapping = IndexDefinitions.mapping(kind, analysis);
			Map<String, Property> stems = mapping.properties().get("stems").object().properties();
			assertThat(stems.keySet()).containsExactlyInAnyOrder("title", "summary", "body");
			assertThat(stems.get("title").object().properties()).hasSize(ContentLanguage.values().length)
				.allSatisfy((code, field) -> assertThat(field.text().analyzer()).isEqualTo("whitespace"));
			assertThat(mapping.source().excludes()).contains("stems");
		}
	}

	private static java.util.List<String> names(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

}
