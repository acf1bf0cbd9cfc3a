package de.netzwerkiq.directory.api.limits;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/** Refuses an overlong query document before it is parsed. */
@Component
class DocumentSizeLimit implements WebGraphQlInterceptor, Ordered {

	private final long maximum;

	DocumentSizeLimit(LimitsProperties limits) {
		this.maximum = limits.maxDocumentSize().toBytes();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument();
		// Characters never outnumber UTF-8 bytes; count bytes only when it could matter.
		if (document.length() * 3L > this.maximum) {
			long bytes = document.getBytes(StandardCharsets.UTF_8).length;
			if (bytes > this.maximum) {
				GraphQLError error = GraphQLError.newError()
					.errorType(ErrorType.BAD_REQUEST)
					.message("The query document is " + bytes + " bytes; the limit is " + this.maximum
							+ " (send long documents once as persisted documents)")
					.extensions(Map.of("limit", "maxDocumentSize", "maximum", this.maximum, "actual", bytes))
					.build();
				ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
				return Mono.just(new WebGraphQlResponse(
						new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
			}
		}
		return chain.next(request);
	}

}
