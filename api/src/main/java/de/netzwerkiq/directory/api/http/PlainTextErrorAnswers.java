package de.netzwerkiq.directory.api.http;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;

/**
 * The plain-text error answers of the {@link PlainTextErrors} controllers: a bad argument
 * is a 400 saying which and why, an unavailable cluster a 503 that says to retry (without
 * the cluster's own message, which may name hosts).
 */
@RestControllerAdvice(annotations = PlainTextErrors.class)
class PlainTextErrorAnswers {

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<String> badArgument(InvalidArgumentException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
	}

	@ExceptionHandler(SearchUnavailableException.class)
	ResponseEntity<String> unavailable(SearchUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.TEXT_PLAIN)
			.body("Search is unavailable; try again later\n");
	}

}
