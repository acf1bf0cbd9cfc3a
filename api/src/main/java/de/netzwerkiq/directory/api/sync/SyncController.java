package de.netzwerkiq.directory.api.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.content.LanguageCode;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/** Sync of one kind for apps that keep an offline copy. */
@Controller
class SyncController {

	static final int MAX_PAGE = 500;

	private final Sync sync;

	SyncController(Sync sync) {
		this.sync = sync;
	}

	@QueryMapping
	SyncPage sync(@Argument ContentKind kind, @Argument String token,
			@Argument @Min(value = 1, message = "must be between 1 and " + MAX_PAGE) @Max(value = MAX_PAGE,
					message = "must be between 1 and " + MAX_PAGE) int first,
			@Argument @LanguageCode String language) {
		return this.sync.page(kind, token, first);
	}

}
