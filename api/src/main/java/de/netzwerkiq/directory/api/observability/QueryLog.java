package de.netzwerkiq.directory.api.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/** Logs documents and variables, only when {@code iq.privacy.log-queries} is on. */
@Component
class QueryLog implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(QueryLog.class);

	private final boolean enabled;

	QueryLog(ObservabilityProperties properties) {
		this.enabled = properties.logQueries();
		if (this.enabled) {
			log.warn("iq.privacy.log-queries is on: search texts and locations are written to the log");
		}
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (this.enabled) {
			log.info("GraphQL {} variables {}", request.getDocument(), request.getVariables());
		}
		return chain.next(request);
	}

}
