package de.netzwerkiq.directory.indexer.cli;

import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import de.netzwerkiq.directory.indexer.index.ElasticsearchClients;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/** Where the indices are: shared by every command that talks to Elasticsearch. */
final class ClusterOptions {

	@Option(names = "--elasticsearch", defaultValue = "${env:SPRING_ELASTICSEARCH_URIS:-http://localhost:9200}",
			split = ",", description = "Elasticsearch URL(s), default: $SPRING_ELASTICSEARCH_URIS or ${DEFAULT-VALUE}")
	List<URI> elasticsearch;

	@Option(names = "--index-prefix", defaultValue = IndexNames.DEFAULT_PREFIX,
			description = "Prefix of index and alias names (default: ${DEFAULT-VALUE})")
	String indexPrefix;

	IndexNames names(CommandLine commandLine) {
		try {
			return new IndexNames(this.indexPrefix);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(commandLine, ex.getMessage());
		}
	}

	ElasticsearchClient connect() {
		return ElasticsearchClients.connect(this.elasticsearch);
	}

}
