package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;

/** Withdraws one record from the live index. */
@Command(name = "unpublish", mixinStandardHelpOptions = true,
		description = { "Removes one record from the live index.",
				"Also remove it from the full source, or the next reindex brings it back." },
		exitCodeListHeading = IndexerCommand.EXIT_CODES_HEADING, exitCodeList = { "0:the record was removed",
				"1:there was no such record", IndexerCommand.EXIT_2, IndexerCommand.EXIT_3, IndexerCommand.EXIT_4 })
final class UnpublishCommand implements Callable<Integer> {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--kind", required = true, description = "Content kind: ${COMPLETION-CANDIDATES}",
			converter = IndexerCommand.KindConverter.class, completionCandidates = IndexerCommand.KindCandidates.class)
	ContentKind kind;

	@Option(names = "--id", required = true, description = "The record's id")
	String id;

	@Mixin
	ClusterOptions cluster;

	@Override
	public Integer call() throws IOException {
		var names = this.cluster.names(this.spec.commandLine());
		ElasticsearchClient client = this.cluster.connect();
		try {
			boolean removed = new Publisher(client, names, ReindexPolicy.defaults()).unpublish(this.kind, this.id);
			this.spec.commandLine()
				.getOut()
				.println(removed ? "Unpublished " + this.kind.slug() + " " + this.id
						: "There is no live " + this.kind.slug() + " record " + this.id);
			this.spec.commandLine().getOut().flush();
			return removed ? 0 : 1;
		}
		finally {
			client._transport().close();
		}
	}

}
