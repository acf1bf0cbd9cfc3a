package de.netzwerkiq.directory.indexer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static org.assertj.core.api.Assertions.assertThat;

@ElasticsearchIntegrationTest
class IndexerCommandIntegrationTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void capture() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void reindexesTheSampleAndWritesAJsonReport(TestCluster cluster, @TempDir Path dir) throws Exception {
		Path report = dir.resolve("report.json");
		int exit = IndexerCommand.execute("reindex", "--kind", "advice-centres", "--sample", "--elasticsearch",
				cluster.uri().toString(), "--index-prefix", TestIndexPrefix.forClass(getClass()), "--report-json",
				report.toString());
		assertThat(exit).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Alias swapped to").contains("0 rejected");
		assertThat(Files.readString(report)).contains("\"swapped\" : true");
	}

	@Test
	void reindexesSeveralKindsFromADirectoryOfKindFiles(TestCluster cluster, @TempDir Path dir) throws Exception {
		for (ContentKind kind : List.of(ContentKind.CURRICULA, ContentKind.START_UP_RESOURCES)) {
			try (var in = ContentSource.sample(kind).open()) {
				Files.copy(in, dir.resolve(kind.fileName()));
			}
		}
		// As slugs or as GraphQL's enum names, which editors copy from the API.
		int exit = IndexerCommand.execute("reindex", "--kind", "curricula,START_UP_RESOURCES", "--source",
				dir.toString(), "--elasticsearch", cluster.uri().toString(), "--index-prefix",
				TestIndexPrefix.forClass(getClass()) + "dir-");
		String printed = this.out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(printed + this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed).contains("Reindex of curricula from " + dir.resolve("curricula.ndjson"))
			.contains("Reindex of start-up-resources from " + dir.resolve("start-up-resources.ndjson"));
	}

	@Test
	void allLoadsEveryKind(TestCluster cluster) {
		int exit = IndexerCommand.execute("reindex", "--kind", "all", "--sample", "--elasticsearch",
				cluster.uri().toString(), "--index-prefix", TestIndexPrefix.forClass(getClass()) + "all-");
		String printed = this.out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(printed).isZero();
		for (ContentKind kind : ContentKind.values()) {
			assertThat(printed).contains("Reindex of " + kind.slug() + " from sample-content/" + kind.fileName());
		}
	}

	@Test
	void rollbackGoesBackOnceAndAKindLockedByAnotherRunExitsWithFour(TestCluster cluster) throws Exception {
		String prefix = TestIndexPrefix.forClass(getClass()) + "rb-";
		String[] connection = { "--elasticsearch", cluster.uri().toString(), "--index-prefix", prefix };
		for (int run = 0; run < 2; run++) {
			assertThat(IndexerCommand
				.execute(concat(new String[] { "reindex", "--kind", "curricula", "--sample" }, connection))).isZero();
		}
		assertThat(IndexerCommand.execute(concat(new String[] { "rollback", "--kind", "curricula" }, connection)))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("Rolled curricula back: the alias now points at " + prefix + "curricula-");
		assertThat(IndexerCommand.execute(concat(new String[] { "rollback", "--kind", "curricula" }, connection)))
			.isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("There is no earlier published version of curricula to roll back to");

		// Another process's live lease on the kind.
		var client = cluster.newClient();
		try {
			java.time.Instant now = java.time.Instant.now();
			client.index((i) -> i.index(prefix + "reindex-locks")
				.id("curricula")
				.document(java.util.Map.of("kind", "curricula", "owner", "editor-laptop/pid 42", "acquiredAt",
						now.toString(), "expiresAt", now.plusSeconds(60).toString()))
				.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		}
		finally {
			client._transport().close();
		}
		this.err.reset();
		assertThat(IndexerCommand
			.execute(concat(new String[] { "reindex", "--kind", "curricula", "--sample" }, connection))).isEqualTo(4);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("A reindex or rollback of curricula is already running")
			.contains("editor-laptop/pid 42");
	}

	@Test
	void aDryRunChangesNothingAndSaysWhetherItWouldSwap(TestCluster cluster) {
		String[] connection = { "--elasticsearch", cluster.uri().toString(), "--index-prefix",
				TestIndexPrefix.forClass(getClass()) + "dry-" };
		assertThat(IndexerCommand.execute(concat(
				new String[] { "reindex", "--kind", "start-up-resources", "--sample", "--dry-run" }, connection)))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains(
					"Dry run of start-up-resources from sample-content/start-up-resources.ndjson against no live index")
			.contains("added       160")
			.contains("Would swap");
	}

	@Test
	void publishAndUnpublishOneRecord(TestCluster cluster, @TempDir Path dir) throws Exception {
		String[] connection = { "--elasticsearch", cluster.uri().toString(), "--index-prefix",
				TestIndexPrefix.forClass(getClass()) + "pub-" };
		assertThat(IndexerCommand
			.execute(concat(new String[] { "reindex", "--kind", "curricula", "--sample" }, connection))).isZero();
		Path edit = dir.resolve("edit.ndjson");
		try (var in = ContentSource.sample(ContentKind.CURRICULA).open()) {
			String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
			Files.writeString(edit, first.replace("Grundlagenmodul", "Grundlagenmodul (überarbeitet)") + "\n");
		}
		assertThat(IndexerCommand.execute(
				concat(new String[] { "publish", "--kind", "curricula", "--source", edit.toString() }, connection)))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Published 1 curricula: sample-cu-0000000");
		assertThat(IndexerCommand.execute(
				concat(new String[] { "unpublish", "--kind", "curricula", "--id", "sample-cu-0000000" }, connection)))
			.isZero();
		assertThat(IndexerCommand.execute(
				concat(new String[] { "unpublish", "--kind", "curricula", "--id", "sample-cu-0000000" }, connection)))
			.isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("There is no live curricula record sample-cu-0000000");
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	@Test
	void aFileOverTheRejectionLimitExitsWithOneAndListsEveryRejectedLine(TestCluster cluster, @TempDir Path dir)
			throws Exception {
		Path file = dir.resolve("centres.ndjson");
		Files.writeString(file, "{\"id\":\"x\"}\nnot json\n");
		int exit = IndexerCommand.execute("reindex", "--kind", "advice-centres", "--source", file.toString(),
				"--elasticsearch", cluster.uri().toString(), "--index-prefix", TestIndexPrefix.forClass(getClass()));
		String printed = this.out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(printed).contains("Alias NOT swapped").contains("centres.ndjson:1 /id").contains("centres.ndjson:2");
	}

	@Test
	void badUsageExitsWithTwoAndAClearMessage() {
		assertThat(IndexerCommand.execute("reindex", "--kind", "courses", "--sample")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Unknown content kind 'courses'")
			.contains("advice-centres");
		this.err.reset();
		assertThat(IndexerCommand.execute("reindex", "--kind", "advice-centres")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("Give exactly one of --source FILE|DIR or --sample");
		this.err.reset();
		assertThat(IndexerCommand.execute("reindex", "--kind", "curricula,training-offers", "--source", "one.ndjson"))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("With several kinds, --source must be a directory holding <kind>.ndjson files");
	}

	@Test
	void anUnreachableClusterExitsWithThreeQuickly() {
		long started = System.nanoTime();
		int exit = IndexerCommand.execute("reindex", "--kind", "advice-centres", "--sample", "--elasticsearch",
				"http://127.0.0.1:1");
		assertThat(exit).isEqualTo(3);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("iq-indexer: ").contains("Connection refused");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

}
