package de.netzwerkiq.directory.api.jsonld;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.content.ContentTypes;
import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.indexer.content.ContentDocument;

/**
 * The {@code jsonLd} field of the four content types: the record as schema.org JSON-LD
 * text, in the language the field or the query asked for (see {@link Languages}). A
 * search that selects it reads whole records ({@code SourceFields}).
 */
@Component
class JsonLdWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (String type : ContentTypes.GRAPHQL_TYPES) {
			wiring.type(type, (builder) -> builder.dataFetcher("jsonLd",
					(env) -> SchemaOrg.json(env.<ContentDocument>getSource(), Languages.wanted(env))));
		}
	}

}
