package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;
import de.netzwerkiq.directory.api.geo.GeoPointInput;

/** Advice-centre queries; arguments are validated before the search is called. */
@Controller
class AdviceCentreController {

	private final Searches searches;

	AdviceCentreController(Searches searches) {
		this.searches = searches;
	}

	@QueryMapping
	List<NearbyAdviceCentre> nearestAdviceCentres(@Argument @Valid GeoPointInput near,
			@Argument @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100,
					message = "must be between 1 and 100") int first,
			@Argument @Positive(message = "must be greater than 0") @DecimalMax(value = "1000",
					message = "must be at most 1000") Double withinKm,
			@Argument String language, DataFetchingEnvironment env) {
		Languages.requested(language, env);
		return this.searches.nearest(near, first, withinKm, env.getSelectionSet());
	}

	@SchemaMapping(typeName = "AdviceCentre")
	boolean isOpen(AdviceCentre centre, @Argument String at) {
		Instant when = (at != null) ? AdviceCentreFilter.instant("at", at) : Instant.now();
		return OpeningTimes.isOpen(centre.offices(), centre.closures(), when);
	}

}
