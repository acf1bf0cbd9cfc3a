package de.netzwerkiq.directory.api.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/** Search-box suggestions. */
@Controller
class SuggestionController {

	private final Suggester suggester;

	SuggestionController(Suggester suggester) {
		this.suggester = suggester;
	}

	@QueryMapping
	Suggester.Suggestions suggest(@Argument String prefix, @Argument String language, @Argument List<ContentKind> kinds,
			@Argument int first, DataFetchingEnvironment env) {
		return this.suggester.suggest(prefix, Languages.requested(language, env),
				(kinds == null || kinds.isEmpty()) ? List.of(ContentKind.values()) : kinds, first);
	}

}
