package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;

/** Withdraws one record from the live index. */
@Command(name = "unpublish",
		description = { "Removes one record from the live index.",
				"Also remove it from the full source, or the next reindex brings it back." },
		exitCodeList = { ExitCodes.DONE + ":the record was removed",
				ExitCodes.NOT_DONE + ":there was no such record, or there is no live index", ExitCodes.BAD_USAGE_HELP,
				ExitCodes.UNREACHABLE_HELP, ExitCodes.LOCKED_HELP, ExitCodes.BUG_HELP })
final class UnpublishCommand implements Callable<Integer> {

	@Option(names = "--kind", required = true, description = "Content kind: ${COMPLETION-CANDIDATES}",
			converter = IndexerCommand.KindConverter.class, completionCandidates = IndexerCommand.KindCandidates.class)
	ContentKind kind;

	@Option(names = "--id", required = true, description = "The record's id")
	String id;

	@Mixin
	ClusterOptions cluster;

	@Override
	public Integer call() throws IOException {
		return this.cluster.run((client, names, out) -> {
			boolean removed = new Publisher(client, names, ReindexPolicy.defaults()).unpublish(this.kind, this.id);
			out.println(removed ? "Unpublished " + this.kind.slug() + " " + this.id
					: "There is no live " + this.kind.slug() + " record " + this.id);
			return ExitCodes.of(removed);
		});
	}

}
