package de.netzwerkiq.directory.api.graphql;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;

import de.netzwerkiq.directory.api.limits.RequestTimeoutException;
import de.netzwerkiq.directory.indexer.load.PublishingException;
import de.netzwerkiq.directory.indexer.load.ReindexLockedException;

/**
 * Turns expected failures into GraphQL errors with a classification and a message a
 * client developer can act on; nothing of the server's internals is sent.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	/**
	 * One error per invalid argument, naming it (e.g. {@code near.lat}) and the value
	 * given, worded as {@link InvalidArgumentException}s are.
	 */
	@GraphQlExceptionHandler
	List<GraphQLError> invalidArguments(ConstraintViolationException ex, DataFetchingEnvironment env) {
		return ex.getConstraintViolations()
			.stream()
			.sorted(java.util.Comparator.comparing((v) -> v.getPropertyPath().toString()))
			.map((violation) -> {
				String argument = argumentPath(violation, env);
				return error(ErrorType.BAD_REQUEST, ArgumentViolations.message(argument, violation), env,
						Map.of("argument", argument));
			})
			.toList();
	}

	/** An argument found wrong before Elasticsearch was asked; names the argument. */
	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env, Map.of("argument", ex.argument()));
	}

	/** A token too old to continue from; the client must start again without one. */
	@GraphQlExceptionHandler
	GraphQLError resyncRequired(ResyncRequiredException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env, Map.of("argument", ex.argument(), "resync", true));
	}

	@GraphQlExceptionHandler
	GraphQLError unavailable(SearchUnavailableException ex, DataFetchingEnvironment env) {
		log.warn("Search unavailable: {}", ex.getCause().toString());
		return error(IqErrorType.UNAVAILABLE, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(RequestTimeoutException ex, DataFetchingEnvironment env) {
		return error(IqErrorType.TIMEOUT, ex.getMessage(), env,
				Map.of("limit", "timeout", "maximum", ex.limit().toMillis()));
	}

	@GraphQlExceptionHandler
	GraphQLError locked(ReindexLockedException ex, DataFetchingEnvironment env) {
		return error(IqErrorType.CONFLICT, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError notPossible(PublishingException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env);
	}

	/** Anonymous callers of editor operations are told what to send. */
	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment env) {
		return error(ErrorType.UNAUTHORIZED,
				"This operation needs an editor API key: send it as 'Authorization: Bearer <key>'", env);
	}

	private static GraphQLError error(graphql.ErrorClassification type, String message, DataFetchingEnvironment env) {
		return error(type, message, env, Map.of());
	}

	private static GraphQLError error(graphql.ErrorClassification type, String message, DataFetchingEnvironment env,
			Map<String, Object> extensions) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(extensions)
			.build();
	}

	/**
	 * "nearestAdviceCentres.near.lat" (method, parameter, field) becomes "near.lat"; an
	 * {@code @Arguments} record's parameter names no argument and is left out too.
	 */
	private static String argumentPath(ConstraintViolation<?> violation, DataFetchingEnvironment env) {
		StringBuilder path = new StringBuilder();
		Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
		if (nodes.hasNext()) {
			nodes.next();
		}
		while (nodes.hasNext()) {
			Path.Node node = nodes.next();
			if (node.getKind() == jakarta.validation.ElementKind.PARAMETER
					&& !env.getArguments().containsKey(node.getName())) {
				continue;
			}
			path.append(path.isEmpty() ? "" : ".").append(node.getName());
		}
		return path.toString();
	}

}
