package de.netzwerkiq.directory.indexer.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzwerkiq.directory.indexer.cli.IndexerCommand;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static de.netzwerkiq.directory.indexer.content.ContentKind.CURRICULA;
import static de.netzwerkiq.directory.indexer.content.ContentKind.TRAINING_OFFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing safely: one run per kind at a time, orphans cleaned up, rollback, no gap for
 * searches.
 */
@ElasticsearchIntegrationTest
class PublishingIntegrationTests {

	private static ElasticsearchClient client;

	@BeforeAll
	static void connect(TestCluster cluster) {
		client = cluster.newClient();
	}

	@AfterAll
	static void disconnect() throws IOException {
		client._transport().close();
	}

	@Test
	void aSecondRunOfTheSameKindIsRefusedWhileOneHoldsTheLockAndChangesNothing() throws IOException {
		IndexNames names = names("locked-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		ReindexReport first = reindex.run(CURRICULA, ContentSource.sample(CURRICULA));
		try (KindLock held = KindLock.acquire(client, names, CURRICULA, "test", Duration.ofMinutes(1))) {
			assertThatThrownBy(() -> reindex.run(CURRICULA, ContentSource.sample(CURRICULA)))
				.isInstanceOf(ReindexLockedException.class)
				.hasMessageStartingWith("A reindex or rollback of curricula is already running (started ")
				.hasMessageContaining("try again when it has finished");
			assertThatThrownBy(() -> reindex.rollback(CURRICULA)).isInstanceOf(ReindexLockedException.class);
			// Another kind is not blocked.
			assertThat(reindex.run(ContentKind.START_UP_RESOURCES, ContentSource.sample(ContentKind.START_UP_RESOURCES))
				.swapped()).isTrue();
			assertThat(reindex.running()).singleElement().satisfies((running) -> {
				assertThat(running.kind()).isEqualTo(CURRICULA);
				assertThat(running.task()).isEqualTo("test");
				assertThat(running.owner()).contains("pid " + ProcessHandle.current().pid());
			});
		}
		assertThat(reindex.running()).as("released").isEmpty();
		ContentIndex index = new ContentIndex(client, names);
		assertThat(index.live(CURRICULA)).contains(first.index());
		assertThat(index.versions(CURRICULA)).containsExactly(first.index());
		assertThat(reindex.run(CURRICULA, ContentSource.sample(CURRICULA)).swapped()).as("released").isTrue();
	}

	@Test
	void aLockLeftByADeadProcessExpiresByItself() throws Exception {
		IndexNames names = names("dead-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		reindex.run(CURRICULA, ContentSource.sample(CURRICULA));
		// What a killed process leaves: a lease nobody renews.
		Instant now = Instant.now();
		client.index((i) -> i.index(names.locks())
			.id(CURRICULA.slug())
			.document(new KindLock.Lease(CURRICULA.slug(), "gone/pid 1", now, now.plusMillis(1500),
					"reindex from gone.ndjson", 1200L))
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		assertThatThrownBy(() -> reindex.run(CURRICULA, ContentSource.sample(CURRICULA)))
			.isInstanceOf(ReindexLockedException.class)
			.hasMessageContaining("gone/pid 1");
		assertThat(reindex.running())
			.containsExactly(new Reindex.Running(CURRICULA, "reindex from gone.ndjson", "gone/pid 1", now, 1200L));
		Thread.sleep(1600);
		assertThat(reindex.running()).as("an expired lock is nobody's run").isEmpty();
		assertThat(reindex.run(CURRICULA, ContentSource.sample(CURRICULA)).swapped()).isTrue();
	}

	@Test
	void aRunThatWouldDropTooManyDocumentsDoesNotSwapAndSaysWhy() throws IOException {
		IndexNames names = names("drop-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		ReindexReport full = reindex.run(TRAINING_OFFERS, ContentSource.sample(TRAINING_OFFERS));
		ReindexReport half = reindex.run(TRAINING_OFFERS, firstLines(TRAINING_OFFERS, 20));
		assertThat(half.swapped()).isFalse();
		assertThat(half.decision()).isEqualTo(
				"the new index has 20 documents, 93.8 % fewer than the live index's 320; more than the 30.0 % drop allowed");
		assertThat(new ContentIndex(client, names).live(TRAINING_OFFERS)).contains(full.index());
		assertThat(full.decision()).contains("smoke query passed");
		// Both runs are on record, newest first, the refused one with its reason.
		List<RunHistory.Entry> history = new RunHistory(client, names).recent(TRAINING_OFFERS, 10);
		assertThat(history).extracting((entry) -> entry.report().index()).containsExactly(half.index(), full.index());
		assertThat(history.get(0).report().swapped()).isFalse();
		assertThat(history.get(0).report().decision()).isEqualTo(half.decision());
		assertThat(history.get(1).report().rejections()).as("read back, not null").isEmpty();
		assertThat(new RunHistory(client, names).recent(CURRICULA, 10)).isEmpty();
	}

	@Test
	void rollbackRestoresThePreviousVersionAndSaysWhenThereIsNone() throws IOException {
		IndexNames names = names("rollback-");
		// The small second run is on purpose here.
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults().withMaxCountDrop(1.0));
		ReindexReport full = reindex.run(TRAINING_OFFERS, ContentSource.sample(TRAINING_OFFERS));
		ReindexReport small = reindex.run(TRAINING_OFFERS, firstLines(TRAINING_OFFERS, 20));
		ContentIndex index = new ContentIndex(client, names);
		assertThat(index.count(names.alias(TRAINING_OFFERS))).isEqualTo(20);

		Reindex.Rollback rollback = reindex.rollback(TRAINING_OFFERS);

		assertThat(rollback.from()).isEqualTo(small.index());
		assertThat(rollback.to()).isEqualTo(full.index());
		assertThat(index.live(TRAINING_OFFERS)).contains(full.index());
		assertThat(index.count(names.alias(TRAINING_OFFERS)))
			.isEqualTo((long) SampleContentGenerator.BUNDLED.get(TRAINING_OFFERS));
		assertThatThrownBy(() -> reindex.rollback(TRAINING_OFFERS)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("There is no earlier published version of training-offers to roll back to");
		assertThat(index.live(TRAINING_OFFERS)).contains(full.index());
	}

	@Test
	void searchesRunningInALoopThroughoutSwapsSeeNoErrorAndNoEmptyResult() throws Exception {
		IndexNames names = names("loop-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		reindex.run(CURRICULA, ContentSource.sample(CURRICULA));
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong searches = new AtomicLong();
		List<String> problems = Collections.synchronizedList(new ArrayList<>());
		Thread searcher = new Thread(() -> {
			while (running.get()) {
				try {
					long hits = client.search((s) -> s.index(names.alias(CURRICULA)).size(1), Object.class)
						.hits()
						.total()
						.value();
					if (hits == 0) {
						problems.add("empty result");
					}
					searches.incrementAndGet();
				}
				catch (Exception ex) {
					problems.add(ex.toString());
				}
			}
		});
		searcher.start();
		try {
			for (int run = 0; run < 4; run++) {
				assertThat(reindex.run(CURRICULA, ContentSource.sample(CURRICULA)).swapped()).isTrue();
			}
		}
		finally {
			running.set(false);
			searcher.join();
		}
		assertThat(searches.get()).as("searches during the swaps").isGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	@Test
	void aRunKilledMidLoadLeavesTheLiveAliasAloneAndTheNextRunRemovesItsIndex(@TempDir Path dir) throws Exception {
		IndexNames names = names("killed-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults().withLockTtl(Duration.ofSeconds(2)));
		ReindexReport good = reindex.run(TRAINING_OFFERS, ContentSource.sample(TRAINING_OFFERS));
		Path big = dir.resolve("training-offers.ndjson");
		try (OutputStream out = Files.newOutputStream(big)) {
			SampleContentGenerator.fromGazetteer().write(TRAINING_OFFERS, 150_000, out);
		}
		Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-cp", System.getProperty("java.class.path"), IndexerCommand.class.getName(), "reindex", "--kind",
				"training-offers", "--source", big.toString(), "--elasticsearch", TestCluster.shared().uri().toString(),
				"--index-prefix", names.prefix(), "--lock-ttl", "2s")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		ContentIndex index = new ContentIndex(client, names);
		String loading = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (loading == null && System.nanoTime() < deadline && cli.isAlive()) {
			loading = index.versions(TRAINING_OFFERS)
				.stream()
				.filter((version) -> !version.equals(good.index()))
				.filter((version) -> countOrZero(index, version) > 1000)
				.findFirst()
				.orElse(null);
			Thread.sleep(100);
		}
		assertThat(loading).as("the child run started loading").isNotNull();
		cli.destroyForcibly().waitFor();

		assertThat(index.live(TRAINING_OFFERS)).contains(good.index());
		assertThat(index.versions(TRAINING_OFFERS)).contains(loading);
		Thread.sleep(2100);
		ReindexReport next = reindex.run(TRAINING_OFFERS, ContentSource.sample(TRAINING_OFFERS));
		assertThat(next.swapped()).isTrue();
		assertThat(next.orphansRemoved()).containsExactly(loading);
		assertThat(next.toText()).contains("Removed orphans of earlier runs: " + loading);
		assertThat(index.versions(TRAINING_OFFERS)).containsExactly(next.index(), good.index());
	}

	@Test
	void aSingleRecordIsValidatedPublishedAtOnceAndSurvivesTheNextFullReindex() throws IOException {
		IndexNames names = names("publish-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		reindex.run(CURRICULA, ContentSource.sample(CURRICULA));
		String[] sample = new String(ContentSource.sample(CURRICULA).open().readAllBytes(), StandardCharsets.UTF_8)
			.split("\n");
		String fresh = sample[0].replace("\"sample-cu-0000000\"", "\"cu-new-1\"")
			.replaceFirst("\"slug\":\"[^\"]+\"", "\"slug\":\"ganz-neues-curriculum\"")
			.replace("Interkulturelle Kompetenz in der Beratung – Grundlagenmodul", "Ganz neues Curriculum");
		String noTitle = fresh.replace("\"cu-new-1\"", "\"cu-new-2\"")
			.replace("ganz-neues-curriculum", "ohne-titel")
			.replace("\"de\":\"Ganz neues Curriculum\"", "\"de\":\"\"");
		String stolenSlug = fresh.replace("\"cu-new-1\"", "\"cu-new-3\"")
			.replace("ganz-neues-curriculum", slugOf(sample[1]));
		Publisher publisher = new Publisher(client, names, ReindexPolicy.defaults());

		Publisher.PublishReport report = publisher.publish(CURRICULA,
				new ContentSource("edit.ndjson", () -> new ByteArrayInputStream(
						String.join("\n", fresh, noTitle, stolenSlug).getBytes(StandardCharsets.UTF_8))));

		assertThat(report.published()).containsExactly("cu-new-1");
		assertThat(report.rejections()).extracting((r) -> r.line() + " " + r.pointer() + " " + r.reason())
			.containsExactly("2 /title/de title is required in the source language 'de'",
					"3 /slug slug '" + slugOf(sample[1]) + "' is already used by the live record 'sample-cu-0000001'");
		// Searchable as soon as the call returns, without an explicit refresh.
		assertThat(client
			.search((q) -> q.index(names.alias(CURRICULA))
				.query((m) -> m.term((t) -> t.field("slug").value("ganz-neues-curriculum"))), Object.class)
			.hits()
			.hits()).hasSize(1);

		// The editor also added it to the full source: the next reindex keeps it.
		String withFresh = String.join("\n", sample) + "\n" + fresh + "\n";
		ReindexReport next = reindex.run(CURRICULA, new ContentSource("curricula.ndjson",
				() -> new ByteArrayInputStream(withFresh.getBytes(StandardCharsets.UTF_8))));
		assertThat(next.swapped()).isTrue();
		assertThat(client.get((g) -> g.index(names.alias(CURRICULA)).id("cu-new-1"), Object.class).found()).isTrue();

		assertThat(publisher.unpublish(CURRICULA, "cu-new-1")).isTrue();
		assertThat(client.get((g) -> g.index(names.alias(CURRICULA)).id("cu-new-1"), Object.class).found()).isFalse();
		assertThat(publisher.unpublish(CURRICULA, "cu-new-1")).isFalse();
	}

	@Test
	void publishingWaitsForNoOneAndIsRefusedWhileAReindexRuns() throws IOException {
		IndexNames names = names("publock-");
		new Reindex(client, names, ReindexPolicy.defaults()).run(CURRICULA, ContentSource.sample(CURRICULA));
		Publisher publisher = new Publisher(client, names, ReindexPolicy.defaults());
		try (KindLock held = KindLock.acquire(client, names, CURRICULA, "test", Duration.ofMinutes(1))) {
			assertThatThrownBy(() -> publisher.unpublish(CURRICULA, "sample-cu-0000000"))
				.isInstanceOf(ReindexLockedException.class);
		}
		assertThatThrownBy(
				() -> new Publisher(client, names("empty-"), ReindexPolicy.defaults()).unpublish(CURRICULA, "x"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("There is no live curricula index yet; run a full reindex first");
	}

	@Test
	void aDryRunShowsAddedChangedRemovedAndRejectedRecordsAndWritesNothing() throws IOException {
		IndexNames names = names("dry-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		ReindexReport live = reindex.run(CURRICULA, ContentSource.sample(CURRICULA));
		List<String> lines = new ArrayList<>(List
			.of(new String(ContentSource.sample(CURRICULA).open().readAllBytes(), StandardCharsets.UTF_8).split("\n")));
		lines.set(0, lines.get(0).replace("Grundlagenmodul", "Grundlagenmodul (neu)"));
		lines.remove(1);
		lines.add(lines.remove(3)); // moved, not changed
		lines.add(lines.get(0)
			.replace("sample-cu-0000000", "cu-added")
			.replaceFirst("\"slug\":\"[^\"]+\"", "\"slug\":\"cu-added\""));
		lines.add("{\"id\": \"broken\"");
		String edited = String.join("\n", lines) + "\n";

		DryRun.Report report = reindex.dryRun(CURRICULA, new ContentSource("edited.ndjson",
				() -> new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8))));

		assertThat(report.liveIndex()).isEqualTo(live.index());
		assertThat(report.added()).containsExactly("cu-added");
		assertThat(report.changed()).containsExactly("sample-cu-0000000");
		assertThat(report.removed()).containsExactly("sample-cu-0000001");
		assertThat(report.rejections()).singleElement().satisfies((r) -> assertThat(r.line()).isEqualTo(lines.size()));
		assertThat(report.wouldSwap()).isTrue();
		assertThat(report.toText()).contains("added         1  cu-added")
			.contains("changed       1  sample-cu-0000000")
			.contains("removed       1  sample-cu-0000001")
			.contains("Would swap");
		ContentIndex index = new ContentIndex(client, names);
		assertThat(index.versions(CURRICULA)).containsExactly(live.index());
		assertThat(index.live(CURRICULA)).contains(live.index());
	}

	private static String slugOf(String line) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(line);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static long countOrZero(ContentIndex index, String version) {
		try {
			index.refresh(version);
			return index.count(version);
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	private IndexNames names(String suffix) {
		return new IndexNames(TestIndexPrefix.forClass(getClass()) + suffix);
	}

	private static ContentSource firstLines(ContentKind kind, int count) throws IOException {
		String sample = new String(ContentSource.sample(kind).open().readAllBytes(), StandardCharsets.UTF_8);
		String first = String.join("\n", sample.lines().limit(count).toList()) + "\n";
		return new ContentSource("first-" + count + ".ndjson",
				() -> new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
	}

}
