package de.netzwerkiq.directory.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpConfiguration {

	/** Ahead of Spring Boot's GraphQL routes, which answer GET with 405. */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler handler, PersistedDocuments documents,
			ObjectMapper json, HttpProperties properties, GraphQlProperties graphQl) {
		GraphQlGet get = new GraphQlGet(handler, documents, json, properties);
		return RouterFunctions.route().GET(graphQl.getHttp().getPath(), get::handle).build();
	}

	/** Replaces Spring Boot's POST handler, which it backs off for. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, ObjectMapper json) {
		return new GraphQlPostHandler(handler, json);
	}

	/**
	 * An ETag from the answer's bytes, and 304 Not Modified when the client already has
	 * them: applies to GET answers a cache may keep (never to no-store ones).
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> graphQlEtags(GraphQlProperties graphQl) {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {

					// The filter gives only GET and HEAD an ETag but would copy every
					// POST answer into a buffer first.
					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						return !HttpMethod.GET.matches(request.getMethod())
								&& !HttpMethod.HEAD.matches(request.getMethod());
					}

				});
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		return registration;
	}

}
