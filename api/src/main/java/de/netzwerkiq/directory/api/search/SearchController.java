package de.netzwerkiq.directory.api.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

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
	SearchConnection<AdviceCentre> adviceCentres(@Arguments @Valid SearchArguments arguments,
			@Argument AdviceCentreFilter filter, DataFetchingEnvironment env) {
		return this.searches.search(List.of(ContentKind.ADVICE_CENTRES), arguments, filter, env);
	}

	@QueryMapping
	SearchConnection<TrainingOffer> trainingOffers(@Arguments @Valid SearchArguments arguments,
			@Argument TrainingOfferFilter filter, DataFetchingEnvironment env) {
		return this.searches.search(List.of(ContentKind.TRAINING_OFFERS), arguments, filter, env);
	}

	@QueryMapping
	SearchConnection<Curriculum> curricula(@Arguments @Valid SearchArguments arguments,
			@Argument CurriculumFilter filter, DataFetchingEnvironment env) {
		return this.searches.search(List.of(ContentKind.CURRICULA), arguments, filter, env);
	}

	@QueryMapping
	SearchConnection<StartUpResource> startUpResources(@Arguments @Valid SearchArguments arguments,
			@Argument StartUpResourceFilter filter, DataFetchingEnvironment env) {
		return this.searches.search(List.of(ContentKind.START_UP_RESOURCES), arguments, filter, env);
	}

	@QueryMapping
	SearchConnection<ContentDocument> search(@Arguments @Valid SearchArguments arguments,
			@Argument ContentFilter filter, DataFetchingEnvironment env) {
		return this.searches.search(List.of(ContentKind.values()), arguments, filter, env);
	}

}
