package de.netzwerkiq.directory.api.search;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.ContentTypes;
import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.content.LanguageCode;
import de.netzwerkiq.directory.api.search.engine.ContentLookup;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.Curriculum;
import de.netzwerkiq.directory.indexer.content.StartUpResource;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/**
 * One record of each kind by slug, and any record by its global id. The language only
 * shapes the record's localised fields; it is checked here so that a bad code fails the
 * query once.
 */
@Controller
class LookupController {

	private final ContentLookup lookup;

	LookupController(ContentLookup lookup) {
		this.lookup = lookup;
	}

	@QueryMapping
	AdviceCentre adviceCentre(@Argument String slug, @Argument @LanguageCode String language) {
		return this.lookup.bySlug(ContentKind.ADVICE_CENTRES, slug, AdviceCentre.class).orElse(null);
	}

	@QueryMapping
	TrainingOffer trainingOffer(@Argument String slug, @Argument @LanguageCode String language) {
		return this.lookup.bySlug(ContentKind.TRAINING_OFFERS, slug, TrainingOffer.class).orElse(null);
	}

	@QueryMapping
	Curriculum curriculum(@Argument String slug, @Argument @LanguageCode String language) {
		return this.lookup.bySlug(ContentKind.CURRICULA, slug, Curriculum.class).orElse(null);
	}

	@QueryMapping
	StartUpResource startUpResource(@Argument String slug, @Argument @LanguageCode String language) {
		return this.lookup.bySlug(ContentKind.START_UP_RESOURCES, slug, StartUpResource.class).orElse(null);
	}

	/** An id that is not one of ours is simply not found, as Relay expects. */
	@QueryMapping
	ContentDocument node(@Argument String id) {
		return GlobalIds.parse(id)
			.flatMap((ref) -> this.lookup.byId(ref.kind(), ref.recordId(), ContentTypes.documentType(ref.kind())))
			.orElse(null);
	}

}
