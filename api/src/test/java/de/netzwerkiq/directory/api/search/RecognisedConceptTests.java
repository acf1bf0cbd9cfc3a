package de.netzwerkiq.directory.api.search;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.Concept;
import de.netzwerkiq.directory.indexer.content.Concepts;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
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
	}

	/**
	 * The search scores a named concept on its facet's field, found in training offers or
	 * else in start-up resources: every concept but a kind needs one there, named alike
	 * in every kind that has the facet, and a stored value a filter takes back.
	 */
	@Test
	void everyConceptButAKindHasAFieldToBeScoredOnAndAValueAFilterTakes() {
		for (Concept concept : Concepts.all()) {
			FacetField facet = RecognisedConcept.facet(concept.code());
			if (facet == FacetField.KIND) {
				continue;
			}
			String field = facet.field(ContentKind.TRAINING_OFFERS)
				.or(() -> facet.field(ContentKind.START_UP_RESOURCES))
				.orElse(null);
			assertThat(field).as("field of %s", concept).isNotNull();
			for (ContentKind kind : ContentKind.values()) {
				facet.field(kind).ifPresent((other) -> assertThat(other).as("%s in %s", facet, kind).isEqualTo(field));
			}
			String stored = facet.toStoredValue(concept.code());
			assertThat(facet.toClientValue(stored)).as("%s", concept).isEqualTo(concept.code().name());
		}
		assertThat(FacetField.TARGET_GROUP.field(ContentKind.ADVICE_CENTRES)).contains(IndexFields.TARGET_GROUPS);
		assertThat(FacetField.RECOGNITION_GOAL.field(ContentKind.TRAINING_OFFERS))
			.contains(IndexFields.RECOGNITION_GOAL);
	}

}
