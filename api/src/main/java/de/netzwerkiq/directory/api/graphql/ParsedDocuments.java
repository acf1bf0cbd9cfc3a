package de.netzwerkiq.directory.api.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsing and validating a query document costs about as much as a small search; a finder
 * sends the same few documents with different variables, so validated documents are kept
 * (at most {@value #MAX_DOCUMENTS}, least recently used dropped first). Documents that
 * fail validation are kept too, with their errors.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

	static final int MAX_DOCUMENTS = 1000;

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		Map<String, PreparsedDocumentEntry> cache = Collections
			.synchronizedMap(new LinkedHashMap<>(MAX_DOCUMENTS, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
					return size() > MAX_DOCUMENTS;
				}

			});
		PreparsedDocumentProvider provider = new PreparsedDocumentProvider() {

			@Override
			public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
					Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
				PreparsedDocumentEntry entry = cache.get(input.getQuery());
				if (entry == null) {
					entry = parseAndValidate.apply(input);
					cache.put(input.getQuery(), entry);
				}
				return CompletableFuture.completedFuture(entry);
			}

		};
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

}
