package de.netzwerkiq.directory.api.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.RunHistory;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;

/**
 * Elasticsearch wiring: the embedded node when nothing is configured, the indexer's JSON
 * mapping for Spring Boot's client, and the indexer's reindex.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EmbeddedElasticsearchProperties.class, IndexProperties.class })
class ElasticsearchConfiguration {

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

	@Bean
	IndexNames indexNames(IndexProperties properties) {
		return new IndexNames(properties.prefix());
	}

	@Bean
	Reindex reindex(ElasticsearchClient client, IndexNames names) {
		return new Reindex(client, names, ReindexPolicy.defaults());
	}

	@Bean
	RunHistory runHistory(ElasticsearchClient client, IndexNames names) {
		return new RunHistory(client, names);
	}

	@Bean
	Publisher publisher(ElasticsearchClient client, IndexNames names) {
		return new Publisher(client, names, ReindexPolicy.defaults());
	}

}
