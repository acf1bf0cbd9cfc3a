package de.netzwerkiq.directory.api.pathway;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.LanguageCode;
import de.netzwerkiq.directory.api.geo.GeoScope;
import de.netzwerkiq.directory.api.geo.NearInput;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.occupations.OccupationMatch;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.AdviceCentreFilter;
import de.netzwerkiq.directory.api.search.ScopedFilter;
import de.netzwerkiq.directory.api.search.Scopes;
import de.netzwerkiq.directory.api.search.SearchArguments;
import de.netzwerkiq.directory.api.search.SearchConnection;
import de.netzwerkiq.directory.api.search.Searches;
import de.netzwerkiq.directory.api.search.TrainingOfferFilter;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/**
 * From an occupation named in any language and a place to what a person needs for
 * recognition: whether the German reference occupation is regulated, the advice centres
 * near her that advise on recognising it, the courses that close the gaps, and
 * work-related German at the level it needs. Each part is an ordinary connection with its
 * own filters, searched only when selected.
 */
@Controller
class RecognitionPathwayController {

	private final OccupationThesaurus thesaurus;

	private final Places places;

	private final Searches searches;

	RecognitionPathwayController(OccupationThesaurus thesaurus, Places places, Searches searches) {
		this.thesaurus = thesaurus;
		this.places = places;
		this.searches = searches;
	}

	@QueryMapping
	RecognitionPathway recognitionPathway(@Argument String occupation, @Argument NearInput near,
			@Argument @LanguageCode String language) {
		// Resolved here so that a bad place fails the query once, not each part.
		GeoScope scope = this.places.resolve(near);
		return new RecognitionPathway(occupation(occupation), near, (scope != null) ? scope.origin() : null, language);
	}

	@SchemaMapping
	SearchConnection<AdviceCentre> adviceCentres(RecognitionPathway pathway,
			@Arguments @Valid SearchArguments arguments, @Argument AdviceCentreFilter filter,
			DataFetchingEnvironment env) {
		return search(ContentKind.ADVICE_CENTRES, pathway, arguments, Scopes.recognitionAdvice(filter, code(pathway)),
				env);
	}

	@SchemaMapping
	SearchConnection<TrainingOffer> bridgeCourses(RecognitionPathway pathway,
			@Arguments @Valid SearchArguments arguments, @Argument TrainingOfferFilter filter,
			DataFetchingEnvironment env) {
		return search(ContentKind.TRAINING_OFFERS, pathway, arguments, Scopes.bridgeCourses(filter, code(pathway)),
				env);
	}

	@SchemaMapping
	SearchConnection<TrainingOffer> germanCourses(RecognitionPathway pathway,
			@Arguments @Valid SearchArguments arguments, @Argument TrainingOfferFilter filter,
			DataFetchingEnvironment env) {
		ScopedFilter scope = Scopes.germanCourses(filter, code(pathway), pathway.match().occupation().germanLevel());
		return search(ContentKind.TRAINING_OFFERS, pathway, arguments, scope, env);
	}

	/** Each part searches around the pathway's place, in its language. */
	private <D extends ContentDocument> SearchConnection<D> search(ContentKind kind, RecognitionPathway pathway,
			SearchArguments arguments, ScopedFilter scope, DataFetchingEnvironment env) {
		return this.searches.search(List.of(kind), arguments.withNear(pathway.near()).withLanguage(pathway.language()),
				scope, env);
	}

	@SchemaMapping
	Occupation occupation(RecognitionPathway pathway) {
		return pathway.match().occupation();
	}

	@SchemaMapping
	String matchedText(RecognitionPathway pathway) {
		return pathway.match().matchedText();
	}

	@SchemaMapping
	boolean regulated(RecognitionPathway pathway) {
		return pathway.match().occupation().regulated();
	}

	private OccupationMatch occupation(String named) {
		String text = (named != null) ? named.strip() : "";
		if (text.isEmpty() || text.length() > 100) {
			throw new InvalidArgumentException("occupation",
					"occupation must be 1 to 100 characters (got " + text.length() + ")");
		}
		if (text.matches("\\d{5}")) {
			return Occupations.byCode(text)
				.map((occupation) -> new OccupationMatch(occupation, text, "kldb"))
				.orElseThrow(() -> new InvalidArgumentException("occupation",
						"There is no occupation with the KldB code " + text + " in the thesaurus"));
		}
		OccupationText read = this.thesaurus.read(text);
		if (read.matches().isEmpty()) {
			throw new InvalidArgumentException("occupation", "'"
					+ ((text.length() > 40) ? text.substring(0, 40) + "…" : text)
					+ "' names no occupation of the thesaurus; try another name for it, in any content language, or its KldB 2010 code");
		}
		if (read.matches().size() > 1) {
			throw new InvalidArgumentException("occupation",
					"'" + text + "' names several occupations ("
							+ String.join(", ",
									read.matches().stream().map((m) -> m.occupation().germanName()).toList())
							+ "); name one");
		}
		return read.matches().get(0);
	}

	private static String code(RecognitionPathway pathway) {
		return pathway.match().occupation().kldbCode();
	}

}
