package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;
import de.netzwerkiq.directory.indexer.source.ContentSource;

/** Publishes a few changed records without a full reindex. */
@Command(name = "publish", description = {
		"Validates the records of an NDJSON file like a reindex and writes the valid ones into the live index, searchable when it returns.",
		"Also change them in the full source, or the next reindex brings back the old version." },
		exitCodeList = { ExitCodes.DONE + ":every record was published",
				ExitCodes.NOT_DONE
						+ ":some records were rejected (the others were published), or there is no live index",
				ExitCodes.BAD_USAGE_HELP, ExitCodes.UNREACHABLE_HELP, ExitCodes.LOCKED_HELP, ExitCodes.BUG_HELP })
final class PublishCommand implements Callable<Integer> {

	@Option(names = "--kind", required = true, description = "Content kind: ${COMPLETION-CANDIDATES}",
			converter = IndexerCommand.KindConverter.class, completionCandidates = IndexerCommand.KindCandidates.class)
	ContentKind kind;

	@Option(names = "--source", required = true, description = "NDJSON file with the records to publish")
	Path source;

	@Mixin
	ClusterOptions cluster;

	@Override
	public Integer call() throws IOException {
		return this.cluster.run((client, names, out) -> {
			Publisher.PublishReport report = new Publisher(client, names, ReindexPolicy.defaults()).publish(this.kind,
					ContentSource.file(this.source));
			out.print(report.toText());
			return ExitCodes.of(report.rejections().isEmpty());
		});
	}

}
