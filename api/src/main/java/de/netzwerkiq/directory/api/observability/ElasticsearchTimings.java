package de.netzwerkiq.directory.api.observability;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.protocol.HttpContext;

import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Times every request to Elasticsearch ({@code iq.elasticsearch.requests}), tagged with
 * its endpoint ({@code _search}, {@code _bulk}, {@code _pit}…) and status, where the
 * client sends it: searches, lookups and reindexing alike. Requests that never got an
 * answer show up as GraphQL errors instead.
 */
@Component
class ElasticsearchTimings implements RestClientBuilderCustomizer {

	private static final String STARTED = ElasticsearchTimings.class.getName() + ".started";

	private static final String ENDPOINT = ElasticsearchTimings.class.getName() + ".endpoint";

	private final MeterRegistry registry;

	ElasticsearchTimings(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void customize(org.elasticsearch.client.RestClientBuilder builder) {
	}

	@Override
	public void customize(HttpAsyncClientBuilder builder) {
		builder.addInterceptorFirst((HttpRequest request, HttpContext context) -> {
			context.setAttribute(STARTED, System.nanoTime());
			context.setAttribute(ENDPOINT, endpoint(request.getRequestLine().getUri()));
		});
		builder.addInterceptorLast((HttpResponse response, HttpContext context) -> {
			if (context.getAttribute(STARTED) instanceof Long started) {
				Timer.builder("iq.elasticsearch.requests")
					.description("Requests to Elasticsearch")
					.tag("endpoint", String.valueOf(context.getAttribute(ENDPOINT)))
					.tag("status", String.valueOf(response.getStatusLine().getStatusCode()))
					.register(this.registry)
					.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			}
		});
	}

	/** The first {@code _api} part of the path, so index names never become tags. */
	static String endpoint(String uri) {
		int query = uri.indexOf('?');
		String path = (query >= 0) ? uri.substring(0, query) : uri;
		for (String part : path.split("/")) {
			if (part.startsWith("_")) {
				return part;
			}
		}
		return path.equals("/") ? "root" : "document";
	}

}
