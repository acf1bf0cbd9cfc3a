package de.netzwerkiq.directory.api.content;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.indexer.content.ContentDocument;

/**
 * The fields all four content types resolve alike: localised texts (in the source
 * language until the language argument arrives) and occupation codes resolved against the
 * one code list. Wired once for every type instead of once per controller method.
 */
@Component
class ContentFieldsWiring implements RuntimeWiringConfigurer {

	static final List<String> CONTENT_TYPES = List.of("AdviceCentre", "TrainingOffer", "Curriculum", "StartUpResource");

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (String type : CONTENT_TYPES) {
			wiring.type(type, (builder) -> builder.dataFetcher("title", sourceLanguage(ContentDocument::title))
				.dataFetcher("summary", sourceLanguage(ContentDocument::summary)));
		}
	}

	private static DataFetcher<String> sourceLanguage(
			java.util.function.Function<ContentDocument, Map<String, String>> texts) {
		return (env) -> {
			ContentDocument document = env.getSource();
			Map<String, String> localised = texts.apply(document);
			return (localised != null) ? localised.get(document.sourceLanguage()) : null;
		};
	}

}
