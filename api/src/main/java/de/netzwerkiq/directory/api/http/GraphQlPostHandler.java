package de.netzwerkiq.directory.api.http;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.ServletException;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL's POST handler with a strict reading of the body: {@code query} and
 * {@code operationName} must be JSON strings. Jackson would otherwise read
 * {@code "query": 42} as the document "42"; GraphQL over HTTP lets a server refuse such a
 * request with 400, and so it is, with a message, as every other unreadable body is.
 */
class GraphQlPostHandler extends GraphQlHttpHandler {

	static final String UNREADABLE = "The request body is not a GraphQL request: it must be a JSON object whose query "
			+ "and operationName are strings and whose variables and extensions are objects, such as "
			+ "{\"query\": \"{ adviceCentres { totalCount } }\"}";

	GraphQlPostHandler(WebGraphQlHandler handler, ObjectMapper json) {
		super(handler, new MappingJackson2HttpMessageConverter(strict(json)));
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		try {
			return super.handleRequest(request);
		}
		catch (HttpMessageNotReadableException | ServerWebInputException ex) {
			return ServerResponse.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors",
						List.of(Map.of("message", UNREADABLE, "extensions", Map.of("classification", "BAD_REQUEST")))));
		}
	}

	/** A copy of the application's mapper that reads no number or boolean as text. */
	private static ObjectMapper strict(ObjectMapper json) {
		ObjectMapper strict = json.copy();
		strict.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		return strict;
	}

}
