package de.netzwerkiq.directory.indexer.index;

import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import de.netzwerkiq.directory.indexer.content.ContentJson;

/** Connects to Elasticsearch outside Spring (the command-line tool). */
public final class ElasticsearchClients {

	private ElasticsearchClients() {
	}

	/** The JSON mapping of documents, shared with api so both read and write alike. */
	public static JacksonJsonpMapper jsonpMapper() {
		return new JacksonJsonpMapper(ContentJson.objectMapper());
	}

	/** A client for the given nodes; close its transport when done. */
	public static ElasticsearchClient connect(List<URI> nodes) {
		HttpHost[] hosts = nodes.stream()
			.map((uri) -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
			.toArray(HttpHost[]::new);
		RestClient restClient = RestClient.builder(hosts).build();
		return new ElasticsearchClient(new RestClientTransport(restClient, jsonpMapper()));
	}

}
