package de.netzwerkiq.directory.api.occupations;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.content.Languages.LocalisedText;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/** Occupation codes in documents and search results, resolved against the thesaurus. */
@Controller
class OccupationController {

	@SchemaMapping(typeName = "AdviceCentre")
	List<Occupation> occupations(AdviceCentre centre) {
		return resolve(centre.occupations());
	}

	@SchemaMapping(typeName = "TrainingOffer")
	List<Occupation> occupations(TrainingOffer offer) {
		return resolve(offer.occupations());
	}

	@SchemaMapping(typeName = "Occupation")
	String name(Occupation occupation) {
		return occupation.germanName();
	}

	@SchemaMapping(typeName = "Occupation")
	LocalisedText localisedName(Occupation occupation, DataFetchingEnvironment env) {
		ContentLanguage wanted = Languages.wanted(env);
		ContentLanguage language = (wanted != null) ? wanted : ContentLanguage.DE;
		// The thesaurus has every occupation in every content language: never a fallback.
		return new LocalisedText(occupation.name(language), language.code(), false);
	}

	/**
	 * Validation only lets listed codes in; an index older than the list may hold one
	 * that was removed since, which is then left out rather than failing the request.
	 */
	private static List<Occupation> resolve(List<String> codes) {
		return codes.stream().flatMap((code) -> Occupations.byCode(code).stream()).toList();
	}

}
