package de.netzwerkiq.directory.api.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.geo.BoundingBoxInput;
import de.netzwerkiq.directory.api.geo.NearInput;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.Curriculum;
import de.netzwerkiq.directory.indexer.content.StartUpResource;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/** The search queries: one connection per kind and one across kinds. */
@Controller
class SearchController {

	private final Searches searches;

	SearchController(Searches searches) {
		this.searches = searches;
	}

	@QueryMapping
	SearchConnection<AdviceCentre> adviceCentres(@Argument String text, @Argument String language,
			@Argument NearInput near, @Argument BoundingBoxInput within, @Argument AdviceCentreFilter filter,
			@Argument SearchSort sort, @Argument boolean includeLocationIndependent, @Argument int first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.searches.search(new SearchArguments(List.of(ContentKind.ADVICE_CENTRES), text, language, near,
				within, filter, sort, includeLocationIndependent, first, after), env);
	}

	@QueryMapping
	SearchConnection<TrainingOffer> trainingOffers(@Argument String text, @Argument String language,
			@Argument NearInput near, @Argument BoundingBoxInput within, @Argument TrainingOfferFilter filter,
			@Argument SearchSort sort, @Argument boolean includeLocationIndependent, @Argument int first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.searches.search(new SearchArguments(List.of(ContentKind.TRAINING_OFFERS), text, language, near,
				within, filter, sort, includeLocationIndependent, first, after), env);
	}

	@QueryMapping
	SearchConnection<Curriculum> curricula(@Argument String text, @Argument String language,
			@Argument CurriculumFilter filter, @Argument SearchSort sort, @Argument int first, @Argument String after,
			DataFetchingEnvironment env) {
		return this.searches.search(new SearchArguments(List.of(ContentKind.CURRICULA), text, language, null, null,
				filter, sort, false, first, after), env);
	}

	@QueryMapping
	SearchConnection<StartUpResource> startUpResources(@Argument String text, @Argument String language,
			@Argument StartUpResourceFilter filter, @Argument SearchSort sort, @Argument int first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.searches.search(new SearchArguments(List.of(ContentKind.START_UP_RESOURCES), text, language, null,
				null, filter, sort, false, first, after), env);
	}

	@QueryMapping
	SearchConnection<ContentDocument> search(@Argument String text, @Argument String language, @Argument NearInput near,
			@Argument BoundingBoxInput within, @Argument ContentFilter filter, @Argument SearchSort sort,
			@Argument boolean includeLocationIndependent, @Argument int first, @Argument String after,
			DataFetchingEnvironment env) {
		return this.searches.search(new SearchArguments(List.of(ContentKind.values()), text, language, near, within,
				filter, sort, includeLocationIndependent, first, after), env);
	}

}
