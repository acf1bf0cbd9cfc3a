package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import de.netzwerkiq.directory.indexer.index.ClusterCredentials;
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

	@Option(names = "--elasticsearch-user", defaultValue = "${env:SPRING_ELASTICSEARCH_USERNAME}",
			description = "User of a secured cluster, default: $SPRING_ELASTICSEARCH_USERNAME")
	String username;

	@Option(names = "--elasticsearch-password", defaultValue = "${env:SPRING_ELASTICSEARCH_PASSWORD}",
			description = "That user's password, default: $SPRING_ELASTICSEARCH_PASSWORD (prefer the variable: "
					+ "arguments show in the process list)")
	String password;

	@Option(names = "--elasticsearch-api-key", defaultValue = "${env:IQ_ELASTICSEARCH_API_KEY}",
			description = "API key (encoded form) instead of a user, default: $IQ_ELASTICSEARCH_API_KEY")
	String apiKey;

	@Option(names = "--elasticsearch-ca", defaultValue = "${env:IQ_ELASTICSEARCH_CA}",
			description = "PEM file of the CA that signed the cluster's TLS certificate, default: $IQ_ELASTICSEARCH_CA")
	Path caCertificate;

	/** The command these options are mixed into: its usage and its output. */
	@Spec(Spec.Target.MIXEE)
	CommandSpec command;

	/**
	 * Connects, does the command's work, then flushes its output and closes the
	 * connection however the work ends: the one place a command opens the cluster, so
	 * none can leak it.
	 * @return the work's exit code
	 */
	int run(ClusterWork work) throws IOException {
		CommandLine commandLine = this.command.commandLine();
		IndexNames names = usage(commandLine, () -> new IndexNames(this.indexPrefix));
		ElasticsearchClient client = usage(commandLine, () -> ElasticsearchClients.connect(this.elasticsearch,
				new ClusterCredentials(this.username, this.password, this.apiKey, this.caCertificate)));
		PrintWriter out = commandLine.getOut();
		try {
			return work.run(client, names, out);
		}
		finally {
			out.flush();
			client._transport().close();
		}
	}

	/**
	 * A prefix, URL, credentials or CA file that cannot be used is the caller's to fix,
	 * so it reads as bad usage, not as a bug.
	 */
	private static <T> T usage(CommandLine commandLine, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(commandLine, ex.getMessage(), ex);
		}
	}

	/** What a command does with the cluster. */
	@FunctionalInterface
	interface ClusterWork {

		/**
		 * Returns {@link ExitCodes#DONE} or {@link ExitCodes#NOT_DONE}; a failure is
		 * thrown, and {@link ExitCodes} maps it.
		 */
		int run(ElasticsearchClient client, IndexNames names, PrintWriter out) throws IOException;

	}

}
