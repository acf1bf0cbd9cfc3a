package de.netzwerkiq.directory.api.search;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.Concept;
import de.netzwerkiq.directory.indexer.content.Concepts;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.SpokenLanguage;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.index.IndexFields;

import static org.assertj.core.api.Assertions.assertThat;

class RecognisedConceptTests {

	@Test
	void everyCodeListOfTheThesaurusHasItsFacet() {
		assertThat(RecognisedConcept.facet(Topic.RECOGNITION)).isEqualTo(FacetField.TOPIC);
		assertThat(RecognisedConcept.facet(OfferType.COACHING)).isEqualTo(FacetField.OFFER_TYPE);
		assertThat(RecognisedConcept.facet(ResourceType.GUIDE)).isEqualTo(FacetField.RESOURCE_TYPE);
		assertThat(RecognisedConcept.facet(ContentKind.CURRICULA)).isEqualTo(FacetField.KIND);
		assertThat(RecognisedConcept.facet(RecognitionGoal.KNOWLEDGE_TEST)).isEqualTo(FacetField.RECOGNITION_GOAL);
		assertThat(RecognisedConcept.facet(TargetGroup.WOMEN)).isEqualTo(FacetField.TARGET_GROUP);
		assertThat(RecognisedConcept.facet(SpokenLanguage.AR)).isEqualTo(FacetField.LANGUAGE);
	}

	/**
	 * The search scores a named concept on its facet's fields: every concept but a kind
	 * needs one, and a stored value a filter takes back (the constant's name, or for a
	 * language its ISO code, as the language filters take it).
	 */
	@Test
	void everyConceptButAKindHasAFieldToBeScoredOnAndAValueAFilterTakes() {
		for (Concept concept : Concepts.all()) {
			FacetField facet = RecognisedConcept.facet(concept.code());
			if (facet == FacetField.KIND) {
				continue;
			}
			assertThat(facet.fields()).as("fields of %s", concept).isNotEmpty();
			String stored = facet.toStoredValue(concept.code());
			String expected = (concept.code() instanceof SpokenLanguage language) ? language.code()
					: concept.code().name();
			assertThat(facet.toClientValue(stored)).as("%s", concept).isEqualTo(expected);
		}
		assertThat(FacetField.LANGUAGE.fields()).containsExactlyInAnyOrder(IndexFields.LANGUAGES_SPOKEN,
				IndexFields.LANGUAGES);
		assertThat(FacetField.LANGUAGE.toStoredValue(SpokenLanguage.UK)).isEqualTo("uk");
		assertThat(FacetField.TARGET_GROUP.field(ContentKind.ADVICE_CENTRES)).contains(IndexFields.TARGET_GROUPS);
		assertThat(FacetField.RECOGNITION_GOAL.field(ContentKind.TRAINING_OFFERS))
			.contains(IndexFields.RECOGNITION_GOAL);
	}

}
