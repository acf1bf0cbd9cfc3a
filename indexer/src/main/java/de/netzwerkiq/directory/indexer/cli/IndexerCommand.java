package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.DryRun;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;

/**
 * The indexer's command line. Its exit codes and their {@code --help} lines are in
 * {@link ExitCodes}; subcommands inherit the help options and the exit code list unless
 * they give their own.
 */
@Command(name = "iq-indexer", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
		subcommands = { IndexerCommand.ReindexCommand.class, IndexerCommand.RollbackCommand.class, PublishCommand.class,
				UnpublishCommand.class, IndexerCommand.SampleContentCommand.class },
		description = "Loads IQ Directory content into Elasticsearch.", exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { ExitCodes.SWAPPED_HELP, ExitCodes.NOT_SWAPPED_HELP, ExitCodes.BAD_USAGE_HELP,
				ExitCodes.UNREACHABLE_HELP, ExitCodes.LOCKED_HELP, ExitCodes.BUG_HELP })
public final class IndexerCommand implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Name a command, e.g. 'reindex'");
	}

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/** Runs the command line and returns its exit code (for tests and main). */
	public static int execute(String... args) {
		return commandLine().execute(args);
	}

	/** The command line with its exit codes wired in; tests add commands to it. */
	static CommandLine commandLine() {
		ExitCodes exitCodes = new ExitCodes();
		return new CommandLine(new IndexerCommand()).setExitCodeExceptionMapper(exitCodes)
			.setExecutionExceptionHandler(exitCodes);
	}

	@Command(name = "reindex",
			description = "Builds a new index of one kind from a source file (or the sample content) and swaps the alias to it.")
	static final class ReindexCommand implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Option(names = "--kind", required = true, split = ",", paramLabel = "KIND",
				description = "Content kind(s), comma-separated, or 'all': ${COMPLETION-CANDIDATES}",
				completionCandidates = KindCandidates.class)
		List<String> kinds;

		@Option(names = "--source",
				description = "NDJSON source: a file (one kind), or a directory holding <kind>.ndjson for each kind")
		Path source;

		@Option(names = "--sample", description = "Load the bundled fictional sample content instead of --source")
		boolean sample;

		@Mixin
		ClusterOptions cluster;

		@Option(names = "--max-rejected-share", defaultValue = "0.10",
				description = "Largest share of rejected records that still swaps (default: ${DEFAULT-VALUE})")
		double maxRejectedShare;

		@Option(names = "--max-count-drop", defaultValue = "0.3",
				description = "Largest drop in documents against the live index that still swaps, 0..1 (default: ${DEFAULT-VALUE}); 1 to allow any")
		double maxCountDrop;

		@Option(names = "--keep", defaultValue = "3",
				description = "Versions to keep for rollback, live one included (default: ${DEFAULT-VALUE})")
		int keep;

		@Option(names = "--lock-ttl", defaultValue = "120s", converter = DurationConverter.class,
				description = "How long the kind's lock outlives this process if it dies (default: ${DEFAULT-VALUE}); e.g. 90s, 5m")
		Duration lockTtl;

		@Option(names = "--report-json", description = "Also write the report as JSON to this file")
		Path reportJson;

		@Option(names = "--dry-run",
				description = "Only show what would change against the live index (added, changed, removed records, rejects) and whether it would swap; writes nothing")
		boolean dryRun;

		@Override
		public Integer call() throws IOException {
			if (this.sample == (this.source != null)) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"Give exactly one of --source FILE|DIR or --sample");
			}
			List<ContentKind> selected = kinds();
			if (this.source != null && !Files.isDirectory(this.source) && selected.size() > 1) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"With several kinds, --source must be a directory holding <kind>.ndjson files");
			}
			ReindexPolicy policy;
			try {
				policy = new ReindexPolicy(this.maxRejectedShare, this.keep, ReindexPolicy.defaults().bulkBatchSize(),
						this.lockTtl, this.maxCountDrop);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			return this.cluster.run((client, names, out) -> {
				Reindex reindex = new Reindex(client, names, policy);
				if (this.dryRun) {
					return dryRun(reindex, selected, out);
				}
				List<ReindexReport> reports = new java.util.ArrayList<>();
				for (ContentKind kind : selected) {
					ReindexReport report = reindex.run(kind, source(kind));
					out.print(report.toText());
					out.flush();
					reports.add(report);
				}
				writeJson(reports);
				return ExitCodes.of(reports.stream().allMatch(ReindexReport::swapped));
			});
		}

		private int dryRun(Reindex reindex, List<ContentKind> selected, PrintWriter out) throws IOException {
			List<DryRun.Report> reports = new java.util.ArrayList<>();
			for (ContentKind kind : selected) {
				DryRun.Report report = reindex.dryRun(kind, source(kind));
				out.print(report.toText());
				out.flush();
				reports.add(report);
			}
			writeJson(reports);
			return ExitCodes.of(reports.stream().allMatch(DryRun.Report::wouldSwap));
		}

		/** One report as an object, several as an array, for --report-json. */
		private void writeJson(List<?> reports) throws IOException {
			if (this.reportJson != null) {
				Object json = (reports.size() == 1) ? reports.get(0) : reports;
				Files.writeString(this.reportJson,
						ContentJson.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
			}
		}

		private List<ContentKind> kinds() {
			if (this.kinds.size() == 1 && this.kinds.get(0).trim().equalsIgnoreCase("all")) {
				return List.of(ContentKind.values());
			}
			try {
				return this.kinds.stream().map(KindConverter::kind).distinct().toList();
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage() + ", or all");
			}
		}

		private ContentSource source(ContentKind kind) {
			if (this.sample) {
				return ContentSource.sample(kind);
			}
			Path file = Files.isDirectory(this.source) ? this.source.resolve(kind.fileName()) : this.source;
			ContentSource source = ContentSource.file(file);
			if (System.console() == null) {
				// Not a terminal (CI, cron, a pipe): the report is enough.
				return source;
			}
			// Progress over the file's bytes: a long run spends its time reading.
			// A second bar reads the file again for lines that may repeat a key.
			AtomicInteger passes = new AtomicInteger();
			return new ContentSource(source.name(),
					() -> ProgressBar.wrap(source.open(),
							new ProgressBarBuilder()
								.setTaskName(kind.slug() + ((passes.getAndIncrement() == 0) ? " records" : " repeats"))
								.setInitialMax(Files.size(file))
								.setUnit(" MB", 1_000_000)
								.setStyle(ProgressBarStyle.ASCII)
								.setConsumer(new ConsoleProgressBarConsumer(System.err))));
		}

	}

	@Command(name = "rollback",
			description = "Points the kind's alias back at the previous published version (kept by earlier reindexes).")
	static final class RollbackCommand implements Callable<Integer> {

		@Option(names = "--kind", required = true, description = "Content kind: ${COMPLETION-CANDIDATES}",
				converter = KindConverter.class, completionCandidates = KindCandidates.class)
		ContentKind kind;

		@Mixin
		ClusterOptions cluster;

		@Override
		public Integer call() throws IOException {
			return this.cluster.run((client, names, out) -> {
				Reindex.Rollback rollback = new Reindex(client, names, ReindexPolicy.defaults()).rollback(this.kind);
				out.printf("Rolled %s back: the alias now points at %s (was %s)%n", this.kind.slug(), rollback.to(),
						rollback.from());
				return ExitCodes.DONE;
			});
		}

	}

	/** "90s", "5m", "1500ms". */
	static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{1,7})(ms|s|m)")
				.matcher(value.trim());
			if (!matcher.matches()) {
				throw new CommandLine.TypeConversionException(
						"'" + value + "' is not a duration like 90s, 5m or 1500ms");
			}
			long amount = Long.parseLong(matcher.group(1));
			return switch (matcher.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				default -> Duration.ofMinutes(amount);
			};
		}

	}

	@Command(name = "sample-content",
			exitCodeList = { ExitCodes.DONE + ":the sample was written", ExitCodes.BAD_USAGE_HELP,
					ExitCodes.UNREACHABLE_HELP, ExitCodes.BUG_HELP },
			description = { "Writes the fictional sample content as NDJSON, deterministically.",
					"With --bundled DIR it writes the four files bundled with the indexer; with --kind and --count it streams any number of records (for benchmarks) to --out or standard output." })
	static final class SampleContentCommand implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Option(names = "--bundled",
				description = "Write <kind>.ndjson for every kind, in the bundled sizes, into this directory")
		Path bundled;

		@Option(names = "--kind", description = "Content kind: ${COMPLETION-CANDIDATES}",
				converter = KindConverter.class, completionCandidates = KindCandidates.class)
		ContentKind kind;

		@Option(names = "--count", defaultValue = "1000", description = "Records to write (default: ${DEFAULT-VALUE})")
		long count;

		@Option(names = "--out", description = "File to write (default: standard output)")
		Path out;

		@Override
		public Integer call() throws IOException {
			SampleContentGenerator generator = SampleContentGenerator.fromGazetteer();
			if (this.bundled != null) {
				Files.createDirectories(this.bundled);
				for (ContentKind each : ContentKind.values()) {
					try (OutputStream file = Files.newOutputStream(this.bundled.resolve(each.fileName()))) {
						generator.write(each, SampleContentGenerator.BUNDLED.get(each), file);
					}
				}
				return 0;
			}
			if (this.kind == null || this.count < 0) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"Give --bundled DIR, or --kind and a --count of 0 or more");
			}
			if (this.out == null) {
				generator.write(this.kind, this.count, System.out);
				return 0;
			}
			try (OutputStream file = Files.newOutputStream(this.out)) {
				generator.write(this.kind, this.count, file);
			}
			return 0;
		}

	}

	static final class KindConverter implements CommandLine.ITypeConverter<ContentKind> {

		/**
		 * A slug (training-offers), or GraphQL's enum name (TRAINING_OFFERS), which
		 * editors copy from the API.
		 */
		static ContentKind kind(String value) {
			return ContentKind.fromSlug(value.replace('_', '-'));
		}

		@Override
		public ContentKind convert(String value) {
			try {
				return kind(value);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.TypeConversionException(ex.getMessage());
			}
		}

	}

	static final class KindCandidates implements Iterable<String> {

		@Override
		public java.util.Iterator<String> iterator() {
			return java.util.Arrays.stream(ContentKind.values()).map(ContentKind::slug).iterator();
		}

	}

}
