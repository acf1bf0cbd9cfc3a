package de.netzwerkiq.directory.api.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.LanguageCode;
import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.search.engine.Suggester;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/** Search-box suggestions. */
@Controller
class SuggestionController {

	private final Suggester suggester;

	SuggestionController(Suggester suggester) {
		this.suggester = suggester;
	}

	@QueryMapping
	Suggester.Suggestions suggest(@Arguments @Valid SuggestArguments arguments, DataFetchingEnvironment env) {
		// Each kind once, however often it was listed.
		List<ContentKind> kinds = (arguments.kinds() == null || arguments.kinds().isEmpty())
				? List.of(ContentKind.values()) : arguments.kinds().stream().distinct().toList();
		return this.suggester.suggest(arguments.prefix(), Languages.requested(arguments.language(), env), kinds,
				(arguments.first() != null) ? arguments.first() : 5);
	}

	/**
	 * The arguments of {@code suggest}.
	 *
	 * @param prefix what has been typed so far; checked by the suggester once stripped
	 * @param language ISO 639-1 code to answer in
	 * @param kinds kinds whose titles to suggest; null or empty for all
	 * @param first how many of each type; null for the default
	 */
	record SuggestArguments(String prefix, @LanguageCode String language, List<ContentKind> kinds,
			@Min(value = 1, message = "must be between 1 and " + Suggester.MAX_FIRST) @Max(value = Suggester.MAX_FIRST,
					message = "must be between 1 and " + Suggester.MAX_FIRST) Integer first) {

	}

}
