package de.netzwerkiq.directory.api.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.ObjectUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL queries over HTTP GET, as the GraphQL-over-HTTP specification describes:
 * {@code ?query=…&variables=…&operationName=…}, or a persisted document by hash in
 * {@code extensions}. Answers without errors may be kept by caches and CDNs for
 * {@code iq.http.cache-max-age}; an ETag filter turns a repeated request into
 * {@code 304 Not Modified}. Mutations are refused with 405: a GET must not change
 * anything.
 */
class GraphQlGet {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final WebGraphQlHandler handler;

	private final PersistedDocuments documents;

	private final ObjectMapper json;

	private final CacheControl cacheControl;

	GraphQlGet(WebGraphQlHandler handler, PersistedDocuments documents, ObjectMapper json, HttpProperties properties) {
		this.handler = handler;
		this.documents = documents;
		this.json = json;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
	}

	ServerResponse handle(ServerRequest request) throws ExecutionException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, Object> extensions;
		Map<String, Object> variables;
		try {
			extensions = jsonParameter(request, "extensions");
			variables = jsonParameter(request, "variables");
		}
		catch (IllegalArgumentException ex) {
			return error(HttpStatus.BAD_REQUEST, ex.getMessage(), "BAD_REQUEST");
		}
		String hash = hash(extensions);
		String query = request.param("query").filter((q) -> !q.isBlank()).orElse(null);
		if (query == null) {
			if (hash == null) {
				return error(HttpStatus.BAD_REQUEST,
						"A GET needs a query parameter, or extensions={\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"…\"}}",
						"BAD_REQUEST");
			}
			Optional<String> known = this.documents.byHash(hash);
			if (known.isEmpty()) {
				// Apollo clients look for this message, then send the document once.
				return error(HttpStatus.OK, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
			}
			query = known.get();
		}
		else if (hash != null) {
			String refused = this.documents.register(hash, query);
			if (refused != null) {
				return error(HttpStatus.BAD_REQUEST, refused, "BAD_REQUEST");
			}
		}
		String operationName = request.param("operationName").filter((o) -> !o.isBlank()).orElse(null);
		if (isMutation(query, operationName)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(errors("Mutations are sent with POST; a GET must not change anything", "BAD_REQUEST"));
		}
		body.put("query", query);
		body.put("operationName", operationName);
		body.put("variables", variables);
		body.put("extensions", extensions);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
				ObjectUtils.getIdentityHexString(request.servletRequest()), request.servletRequest().getLocale());
		CompletableFuture<ServerResponse> response = this.handler.handleRequest(graphQlRequest)
			.map((answer) -> respond(request, answer))
			.toFuture();
		// Searches run on this thread, so the answer is usually ready: no async dispatch.
		return response.isDone() ? response.get() : ServerResponse.async(response);
	}

	private ServerResponse respond(ServerRequest request, WebGraphQlResponse answer) {
		boolean graphQlResponse = request.headers().accept().stream().anyMatch(GRAPHQL_RESPONSE::isCompatibleWith);
		MediaType type = graphQlResponse ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
		boolean failed = !answer.getErrors().isEmpty();
		// With the GraphQL-over-HTTP media type, a request that never executed (no data
		// entry at all) is a 4xx; one that ran, even to data: null, is a 200.
		HttpStatus status = (graphQlResponse && !answer.getExecutionResult().isDataPresent()) ? HttpStatus.BAD_REQUEST
				: HttpStatus.OK;
		return ServerResponse.status(status)
			.contentType(type)
			// An error (Elasticsearch down, a bad argument) must not be kept by a cache.
			.cacheControl(failed ? CacheControl.noStore() : this.cacheControl)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
			.body(answer.toMap());
	}

	private static boolean isMutation(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			// Execution reports the syntax error the usual way.
			return false;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter((o) -> operationName == null || operationName.equals(o.getName()))
			.anyMatch((o) -> o.getOperation() != OperationDefinition.Operation.QUERY);
	}

	private Map<String, Object> jsonParameter(ServerRequest request, String name) {
		Optional<String> value = request.param(name).filter((v) -> !v.isBlank());
		if (value.isEmpty()) {
			return null;
		}
		try {
			return this.json.readValue(value.get(), MAP);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The " + name + " parameter must be a JSON object");
		}
	}

	private static String hash(Map<String, Object> extensions) {
		if (extensions != null && extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash && hash.matches("[0-9a-fA-F]{64}")) {
			return hash;
		}
		return null;
	}

	private static MultiValueMap<String, org.springframework.http.HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, org.springframework.http.HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values.forEach(
					(cookie) -> cookies.add(name, new org.springframework.http.HttpCookie(name, cookie.getValue()))));
		return cookies;
	}

	private static ServerResponse error(HttpStatus status, String message, String classification) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(errors(message, classification));
	}

	private static Map<String, Object> errors(String message, String classification) {
		return Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", classification))));
	}

}
