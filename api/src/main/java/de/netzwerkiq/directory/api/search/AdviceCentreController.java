package de.netzwerkiq.directory.api.search;

import java.time.Instant;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.LanguageCode;
import de.netzwerkiq.directory.api.geo.GeoPointInput;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;

/** Advice-centre queries beyond the connection. */
@Controller
class AdviceCentreController {

	private final Searches searches;

	AdviceCentreController(Searches searches) {
		this.searches = searches;
	}

	@QueryMapping
	java.util.List<NearbyAdviceCentre> nearestAdviceCentres(@Arguments @Valid NearestArguments arguments,
			DataFetchingEnvironment env) {
		return this.searches.nearest(arguments.near(), arguments.pageSize(), arguments.withinKm(),
				env.getSelectionSet());
	}

	@SchemaMapping(typeName = "AdviceCentre")
	boolean isOpen(AdviceCentre centre, @Argument String at) {
		Instant when = (at != null) ? AdviceCentreFilter.instant("at", at) : Instant.now();
		return OpeningTimes.isOpen(centre.offices(), centre.closures(), when);
	}

	/**
	 * The arguments of {@code nearestAdviceCentres}.
	 *
	 * @param near the point to measure from
	 * @param language ISO 639-1 code to answer in
	 * @param first how many centres; null for the default
	 * @param withinKm at most this far; null for no limit
	 */
	record NearestArguments(@NotNull @Valid GeoPointInput near, @LanguageCode String language,
			@Min(value = 1, message = SearchArguments.FIRST_RANGE) @Max(value = SearchArguments.MAX_FIRST,
					message = SearchArguments.FIRST_RANGE) Integer first,
			@Positive(message = "must be greater than 0") @DecimalMax(value = "1000",
					message = "must be at most 1000") Double withinKm) {

		/** The schema's default, also for an explicit null. */
		int pageSize() {
			return (this.first != null) ? this.first : 10;
		}

	}

}
