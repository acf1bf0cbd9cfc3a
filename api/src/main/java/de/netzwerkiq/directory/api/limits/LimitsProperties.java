package de.netzwerkiq.directory.api.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request to the public API may ask for, in the spirit of the largest public
 * GraphQL APIs. Every limit is checked before Elasticsearch is called and, when exceeded,
 * answered with an error that names the limit and both figures.
 *
 * @param maxDepth deepest nesting of fields (introspection fields not counted)
 * @param maxAliases aliased fields per document, counting each fragment use
 * @param maxDirectives directives per document, counting each fragment use
 * @param maxCost the cost budget per operation (see {@link QueryCost})
 * @param maxDocumentSize the query document in UTF-8 bytes
 * @param maxRequestSize the whole HTTP request body (document, variables, extensions)
 * @param timeout how long one request may run; no further field is fetched after it
 */
@ConfigurationProperties("iq.limits")
public record LimitsProperties(@DefaultValue("10") int maxDepth, @DefaultValue("30") int maxAliases,
		@DefaultValue("50") int maxDirectives, @DefaultValue("10000") long maxCost,
		@DefaultValue("32KB") DataSize maxDocumentSize, @DefaultValue("256KB") DataSize maxRequestSize,
		@DefaultValue("5s") Duration timeout) {

}
