package de.netzwerkiq.directory.api.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.indexer.content.ContentDocument;

/**
 * The fields all four content types resolve alike: the global id, and localised texts in
 * the language the field or the query asked for (see {@link Languages}). Wired once for
 * every type instead of once per controller method.
 */
@Component
class ContentFieldsWiring implements RuntimeWiringConfigurer {

	// These read the record in hand: trivial, so Spring for GraphQL calls them without
	// capturing and restoring the request's context around each of a page's fields.
	private static final TrivialDataFetcher<String> ID = (env) -> GlobalIds.of(env.<ContentDocument>getSource());

	private static final TrivialDataFetcher<String> RECORD_ID = (env) -> env.<ContentDocument>getSource().id();

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (String type : ContentTypes.GRAPHQL_TYPES) {
			wiring.type(type,
					(builder) -> builder.dataFetcher("title", localised(ContentDocument::title))
						.dataFetcher("summary", localised(ContentDocument::summary))
						.dataFetcher("body", localised(ContentDocument::body))
						.dataFetcher("id", ID)
						.dataFetcher("recordId", RECORD_ID));
		}
	}

	private static TrivialDataFetcher<Languages.LocalisedText> localised(
			Function<ContentDocument, Map<String, String>> texts) {
		return (env) -> {
			ContentDocument document = env.getSource();
			return Languages.pick(document.sourceLanguage(), texts.apply(document), Languages.wanted(env));
		};
	}

}
