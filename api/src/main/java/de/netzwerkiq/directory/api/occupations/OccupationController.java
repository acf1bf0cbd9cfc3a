package de.netzwerkiq.directory.api.content;

import java.util.List;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/** Occupation codes in documents, resolved against the one code list. */
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

	/**
	 * Validation only lets listed codes in; an index older than the list may hold one
	 * that was removed since, which is then left out rather than failing the request.
	 */
	private static List<Occupation> resolve(List<String> codes) {
		return codes.stream().flatMap((code) -> Occupations.byCode(code).stream()).toList();
	}

}
