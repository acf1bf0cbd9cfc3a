package de.netzwerkiq.directory.api.search;

import de.netzwerkiq.directory.api.concepts.ConceptMatch;
import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.SpokenLanguage;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * A concept the search text named, as the answer shows it: the facet and value a finder
 * can filter on, and a name to show.
 *
 * @param field the facet of the code
 * @param value the code as a filter takes it
 * @param name the concept's name in the language asked for, else German
 * @param matchedText the words that named it, as typed
 * @param language ISO 639-1 code of the language of the name it matched
 */
public record RecognisedConcept(FacetField field, String value, String name, String matchedText, String language) {

	public static RecognisedConcept of(ConceptMatch match, ContentLanguage wanted) {
		Enum<?> code = match.concept().code();
		String name = match.concept().name((wanted != null) ? wanted : ContentLanguage.DE);
		FacetField facet = facet(code);
		return new RecognisedConcept(facet, facet.toClientValue(facet.toStoredValue(code)), name, match.matchedText(),
				match.language());
	}

	/** The facet whose values a concept's code list holds. */
	public static FacetField facet(Enum<?> code) {
		if (code instanceof Topic) {
			return FacetField.TOPIC;
		}
		if (code instanceof OfferType) {
			return FacetField.OFFER_TYPE;
		}
		if (code instanceof ResourceType) {
			return FacetField.RESOURCE_TYPE;
		}
		if (code instanceof ContentKind) {
			return FacetField.KIND;
		}
		if (code instanceof RecognitionGoal) {
			return FacetField.RECOGNITION_GOAL;
		}
		if (code instanceof TargetGroup) {
			return FacetField.TARGET_GROUP;
		}
		if (code instanceof CourseFormat) {
			return FacetField.FORMAT;
		}
		if (code instanceof Funding) {
			return FacetField.FUNDING;
		}
		if (code instanceof SpokenLanguage) {
			return FacetField.LANGUAGE;
		}
		throw new IllegalArgumentException("No facet holds " + code.getClass().getSimpleName());
	}

}
