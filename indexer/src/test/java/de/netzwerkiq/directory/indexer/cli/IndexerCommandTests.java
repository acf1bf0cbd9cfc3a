package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;
import de.netzwerkiq.directory.indexer.load.PublishingException;
import de.netzwerkiq.directory.indexer.load.ReindexLockedException;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and their messages, without Elasticsearch. */
class IndexerCommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void anUnexpectedErrorExitsWithTheBugCodeAndAsksForAReportWithTheStackTrace() {
		CommandLine commandLine = IndexerCommand.commandLine().addSubcommand(new Buggy());
		int exit = execute(commandLine, "buggy");
		assertThat(exit).isEqualTo(ExitCodes.BUG).isEqualTo(70);
		assertThat(this.err.toString()).startsWith("iq-indexer: this is a bug in iq-indexer")
			.contains("Please report it")
			.contains("java.lang.IllegalStateException: the report lost its rows")
			.contains("\tat " + Buggy.class.getName() + ".call(");
	}

	@Test
	void anUnreachableClusterExitsWithTheUnreachableCodeFromEveryCommandThatUsesIt(@TempDir Path dir)
			throws IOException {
		String closed = "http://127.0.0.1:" + closedPort();
		Path edit = dir.resolve("edit.ndjson");
		try (var in = ContentSource.sample(ContentKind.CURRICULA).open()) {
			Files.writeString(edit, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().get());
		}
		List<String[]> commands = List.of(new String[] { "reindex", "--kind", "curricula", "--sample" },
				new String[] { "reindex", "--kind", "curricula", "--sample", "--dry-run" },
				new String[] { "rollback", "--kind", "curricula" },
				new String[] { "publish", "--kind", "curricula", "--source", edit.toString() },
				new String[] { "unpublish", "--kind", "curricula", "--id", "sample-cu-0000000" });
		for (String[] command : commands) {
			this.err.getBuffer().setLength(0);
			int exit = execute(IndexerCommand.commandLine(), concat(command, "--elasticsearch", closed));
			assertThat(exit).as(String.join(" ", command) + ": " + this.err).isEqualTo(ExitCodes.UNREACHABLE);
			assertThat(this.err.toString()).as(command[0])
				.startsWith("iq-indexer: ")
				.contains("Connection refused")
				.doesNotContain("\tat ");
		}
	}

	@Test
	void badUsageExitsWithTheUsageCode() {
		// Found by picocli, by a command, and when the cluster options are put to use.
		List<Misuse> misuses = List.of(new Misuse("Name a command"),
				new Misuse("Missing required option: '--kind=KIND'", "reindex", "--sample"),
				new Misuse("Unknown option: '--no-such-option'", "rollback", "--kind", "curricula", "--no-such-option"),
				new Misuse("maxRejectedShare must be between 0 and 1", "reindex", "--kind", "curricula", "--sample",
						"--max-rejected-share", "2"),
				new Misuse("Give --bundled DIR, or --kind", "sample-content", "--count", "5"),
				new Misuse("IQ ", "rollback", "--kind", "curricula", "--index-prefix", "IQ "),
				new Misuse("Give either a user and password or an API key, not both", "unpublish", "--kind",
						"curricula", "--id", "x", "--elasticsearch-user", "editor", "--elasticsearch-password",
						"secret", "--elasticsearch-api-key", "key"));
		for (Misuse misuse : misuses) {
			this.err.getBuffer().setLength(0);
			int exit = execute(IndexerCommand.commandLine(), misuse.args());
			assertThat(exit).as(this.err.toString()).isEqualTo(ExitCodes.BAD_USAGE);
			assertThat(this.err.toString()).contains(misuse.message()).contains("Usage: iq-indexer");
		}
	}

	@Test
	void helpListsEveryExitCodeOfEachCommand() {
		for (String command : List.of("reindex", "rollback", "publish", "unpublish")) {
			this.out.getBuffer().setLength(0);
			assertThat(execute(IndexerCommand.commandLine(), command, "--help")).isZero();
			assertThat(this.out.toString()).as(command)
				.contains("Exit codes:")
				.containsPattern("(?m)^  0 ")
				.containsPattern("(?m)^  1 ")
				.containsPattern("(?m)^  2 +bad usage")
				.containsPattern("(?m)^  3 +Elasticsearch could not be reached")
				.containsPattern("(?m)^  4 +another reindex or rollback")
				.containsPattern("(?m)^  70 +a bug in iq-indexer");
		}
		this.out.getBuffer().setLength(0);
		assertThat(execute(IndexerCommand.commandLine(), "--help")).isZero();
		assertThat(this.out.toString()).contains("Exit codes:").containsPattern("(?m)^  70 +a bug in iq-indexer");
	}

	@Test
	void failuresMapToTheirOutcomes() {
		ExitCodes exitCodes = new ExitCodes();
		assertThat(exitCodes.getExitCode(new ReindexLockedException(ContentKind.CURRICULA))).isEqualTo(4);
		assertThat(exitCodes.getExitCode(new PublishingException("nothing to roll back to"))).isEqualTo(1);
		assertThat(exitCodes.getExitCode(new IOException("Connection refused"))).isEqualTo(3);
		assertThat(exitCodes.getExitCode(new UncheckedIOException(new IOException("disk full")))).isEqualTo(3);
		assertThat(exitCodes.getExitCode(new IndexOperationException("index_closed", null))).isEqualTo(3);
		assertThat(exitCodes.getExitCode(new ElasticsearchException("search",
				ErrorResponse.of((e) -> e.status(503).error((c) -> c.type("unavailable").reason("no master"))))))
			.isEqualTo(3);
		// Exit 1 used to be any IllegalStateException: a bug read as "not swapped".
		assertThat(exitCodes.getExitCode(new IllegalStateException("unexpected"))).isEqualTo(70);
		assertThat(exitCodes.getExitCode(new NullPointerException())).isEqualTo(70);
	}

	private int execute(CommandLine commandLine, String... args) {
		return commandLine.setOut(new PrintWriter(this.out, true))
			.setErr(new PrintWriter(this.err, true))
			.execute(args);
	}

	/** A port nothing listens on: the connection is refused at once. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String[] concat(String[] first, String... second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private record Misuse(String message, String... args) {
	}

	/** Stands for a bug in a command: it fails in a way no outcome covers. */
	@Command(name = "buggy")
	static final class Buggy implements Callable<Integer> {

		@Override
		public Integer call() {
			throw new IllegalStateException("the report lost its rows");
		}

	}

}
