package de.netzwerkiq.directory.api.http;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * A request that sends a document together with its hash registers it, so later GETs can
 * send the hash alone; a hash that does not match its document is refused.
 */
@Component
class PersistedQueryRegistration implements WebGraphQlInterceptor {

	private final PersistedDocuments documents;

	PersistedQueryRegistration(PersistedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getExtensions().get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			String refused = this.documents.register(hash, request.getDocument());
			if (refused != null) {
				GraphQLError error = GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(refused).build();
				return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
						ExecutionResult.newExecutionResult().errors(List.of(error)).build())));
			}
		}
		return chain.next(request);
	}

}
