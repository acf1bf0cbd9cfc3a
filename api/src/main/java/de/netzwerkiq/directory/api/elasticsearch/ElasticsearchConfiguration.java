package de.netzwerkiq.directory.api.elasticsearch;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.auth.AuthScope;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.protocol.HttpContext;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.message.BasicHeader;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.ChangeDeliveries;
import de.netzwerkiq.directory.indexer.load.DeliveryAttempts;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.LiveRecords;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.RunHistory;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;

/**
 * Elasticsearch wiring: the embedded node when nothing is configured, the indexer's JSON
 * mapping for Spring Boot's client, and the indexer's reindex.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EmbeddedElasticsearchProperties.class, IndexProperties.class,
		ClusterProperties.class })
class ElasticsearchConfiguration {

	/** How long one indexing request (a bulk, a refresh, an alias swap) may take. */
	static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(2);

	@Bean
	@Conditional(NoElasticsearchConfiguredCondition.class)
	EmbeddedElasticsearch embeddedElasticsearch(EmbeddedElasticsearchProperties properties) {
		return new EmbeddedElasticsearch(properties.toSettings());
	}

	/**
	 * Documents are read and written with the same JSON mapping as the indexer's, except
	 * that a missing flag reads as false: searches read only the selected part of each
	 * document's {@code _source}.
	 */
	@Bean
	JsonpMapper jsonpMapper() {
		return new JacksonJsonpMapper(
				ContentJson.objectMapper().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
	}

	/** An API key, when one is configured, goes with every request. */
	@Bean
	RestClientBuilderCustomizer apiKey(ClusterProperties cluster) {
		return (builder) -> {
			if (cluster.apiKey() != null && !cluster.apiKey().isBlank()) {
				builder
					.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", "ApiKey " + cluster.apiKey()) });
			}
		};
	}

	/**
	 * The low-level client hands every request a cache of basic-auth schemes, which the
	 * HTTP client reads back by Java deserialisation on each request (an eighth of the
	 * API's CPU in the client on a search) even when there is nothing to authenticate
	 * with. Without credentials for the node (an API key, or none) the cache is dropped;
	 * with them, preemptive basic authentication works as before.
	 */
	@Bean
	RestClientBuilderCustomizer noAuthCacheWithoutCredentials() {
		return new RestClientBuilderCustomizer() {

			@Override
			public void customize(org.elasticsearch.client.RestClientBuilder builder) {
			}

			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addInterceptorFirst(
						(HttpRequest request, HttpContext context) -> dropAuthCacheWithoutCredentials(context));
			}

		};
	}

	static void dropAuthCacheWithoutCredentials(HttpContext context) {
		HttpClientContext client = HttpClientContext.adapt(context);
		CredentialsProvider credentials = client.getCredentialsProvider();
		HttpHost target = client.getTargetHost();
		if (credentials == null || target == null || credentials.getCredentials(new AuthScope(target)) == null) {
			client.removeAttribute(HttpClientContext.AUTH_CACHE);
		}
	}

	@Bean
	IndexNames indexNames(IndexProperties properties) {
		return new IndexNames(properties.prefix());
	}

	@Bean
	Reindex reindex(ElasticsearchClient client, IndexNames names, IndexProperties properties) {
		return new Reindex(patient(client), names, policy(properties));
	}

	@Bean
	RunHistory runHistory(ElasticsearchClient client, IndexNames names) {
		return new RunHistory(patient(client), names);
	}

	@Bean
	Publisher publisher(ElasticsearchClient client, IndexNames names, IndexProperties properties) {
		return new Publisher(patient(client), names, policy(properties));
	}

	/** Read by sync; written only through Reindex and Publisher. */
	@Bean
	ChangeLog changeLog(ElasticsearchClient client, IndexNames names, IndexProperties properties) {
		return new ChangeLog(client, names, properties.changeRetention());
	}

	/** What webhooks still owe their receivers, so a restart loses none. */
	@Bean
	ChangeDeliveries changeDeliveries(ElasticsearchClient client, IndexNames names) {
		return new ChangeDeliveries(client, names);
	}

	/** The webhooks' latest attempts, as editors see them from every instance. */
	@Bean
	DeliveryAttempts deliveryAttempts(ElasticsearchClient client, IndexNames names) {
		return new DeliveryAttempts(client, names);
	}

	@Bean
	LiveRecords liveRecords(ElasticsearchClient client, IndexNames names) {
		return new LiveRecords(client, names);
	}

	private static ReindexPolicy policy(IndexProperties properties) {
		return ReindexPolicy.defaults().withChangeRetention(properties.changeRetention());
	}

	/**
	 * Searches answer within the configured socket timeout (2 s by default), so a slow or
	 * lost Elasticsearch shows as an error quickly; loading, refreshing and swapping an
	 * index legitimately takes longer.
	 */
	static ElasticsearchClient patient(ElasticsearchClient client) {
		return client.withTransportOptions((options) -> {
			((RestClientOptions.Builder) options).restClientRequestOptionsBuilder()
				.setRequestConfig(RequestConfig.custom()
					.setConnectTimeout(5_000)
					.setSocketTimeout((int) INDEXING_TIMEOUT.toMillis())
					.build());
			return options;
		});
	}

}
