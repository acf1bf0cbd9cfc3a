package de.netzwerkiq.directory.api.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * Our connections page with their own cursors (search_after over a point-in-time), so
 * Spring for GraphQL's adapter for Spring Data's scroll positions stays off: Spring Boot
 * installs it only while the cursor strategy supports {@code ScrollPosition}, and it
 * would answer a failed search with an empty connection plus a second, confusing error
 * instead of the one error that says what was wrong.
 */
@Configuration(proxyBeanMethods = false)
class OwnConnections {

	/** Of the type Spring Boot backs off for; it supports no scroll position. */
	@Bean
	EncodingCursorStrategy<ScrollPosition> noScrollPositionCursors() {
		return CursorStrategy.withEncoder(new CursorStrategy<>() {

			@Override
			public boolean supports(Class<?> targetType) {
				return false;
			}

			@Override
			public String toCursor(ScrollPosition position) {
				throw new UnsupportedOperationException("Connections build their own cursors");
			}

			@Override
			public ScrollPosition fromCursor(String cursor) {
				throw new UnsupportedOperationException("Connections read their own cursors");
			}

		}, CursorEncoder.noOpEncoder());
	}

}
