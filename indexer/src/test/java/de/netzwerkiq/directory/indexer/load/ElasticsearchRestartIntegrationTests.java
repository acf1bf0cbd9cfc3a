package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.ElasticsearchClients;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.testsupport.RestartableNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch restarted in the middle of a reindex: the run completes with every record
 * (when its bulk requests, sent again, reach the node once it is back), or it fails or
 * refuses to swap, the live alias still points at the version it pointed at, its
 * documents are all there, and the next run (once the dead run's lock has expired) cleans
 * up the half-loaded index and swaps. Runs in a JVM of its own (failsafe execution
 * {@code restart}), because it stops and starts its own node.
 */
class ElasticsearchRestartIntegrationTests {

	private static final ContentKind KIND = ContentKind.TRAINING_OFFERS;

	private static RestartableNode node;

	@BeforeAll
	static void start() {
		node = RestartableNode.start("restart");
	}

	@AfterAll
	static void stop() throws IOException {
		node.close();
	}

	@Test
	void aRestartMidLoadLeavesTheLiveAliasAloneAndTheNextRunCleansUp(@TempDir Path dir) throws Exception {
		ElasticsearchClient client = ElasticsearchClients.connect(List.of(node.uri()));
		IndexNames names = new IndexNames("restart-");
		// A short lock lifetime: the interrupted run cannot release its lock, which must
		// expire by itself. Small batches keep the load going for several seconds.
		ReindexPolicy policy = new ReindexPolicy(0.10, 3, 100).withLockTtl(Duration.ofSeconds(5));
		Reindex reindex = new Reindex(client, names, policy);
		ContentIndex index = new ContentIndex(client, names);

		ReindexReport first = reindex.run(KIND, ContentSource.sample(KIND));
		assertThat(first.swapped()).isTrue();
		String live = index.live(KIND).orElseThrow();
		long liveCount = index.count(live);

		Path big = dir.resolve(KIND.fileName());
		try (OutputStream out = Files.newOutputStream(big)) {
			SampleContentGenerator.fromGazetteer().write(KIND, 60_000, out);
		}
		CompletableFuture<Object> interrupted = CompletableFuture.supplyAsync(() -> {
			try {
				return reindex.run(KIND, ContentSource.file(big));
			}
			catch (Exception ex) {
				return ex;
			}
		});
		// Stop the node once the new version is being filled, then start it again.
		String loading = waitForNewVersion(index, live);
		node.stop();
		node.start();

		Object outcome = interrupted.get(5, TimeUnit.MINUTES);
		if (outcome instanceof ReindexReport report && report.swapped()) {
			// A restart short enough for the bulk requests sent again to reach the node
			// (HandOffAsyncClient): the run completed with every record, which is as
			// good.
			assertThat(report.indexed()).as(report.decision()).isEqualTo(60_000);
			assertThat(index.live(KIND)).contains(report.index());
			client._transport().close();
			return;
		}
		if (outcome instanceof ReindexReport report) {
			assertThat(report.swapped()).as(report.decision()).isFalse();
		}
		else {
			assertThat(outcome).isInstanceOf(Exception.class);
		}
		assertThat(index.live(KIND)).contains(live);
		assertThat(index.count(names.alias(KIND))).isEqualTo(liveCount);

		ReindexReport next = runOnceUnlocked(reindex);
		assertThat(next.swapped()).as(next.decision()).isTrue();
		assertThat(index.live(KIND)).contains(next.index());
		// The half-loaded version is gone: removed by the next run as an orphan when it
		// survived the restart on disk, or by the interrupted run itself when that run
		// outlived the restart (which one depends on how fast the run reads: with stems
		// per record it often outlives it).
		if (!next.orphansRemoved().contains(loading)) {
			assertThat(outcome).as("the interrupted run cleaned up after itself").isInstanceOf(ReindexReport.class);
		}
		assertThat(index.versions(KIND)).doesNotContain(loading);
		assertThat(index.published(KIND)).doesNotContain(loading);
		client._transport().close();
	}

	/** The version the running reindex is loading, shortly after it was created. */
	private static String waitForNewVersion(ContentIndex index, String live) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> loading = index.versions(KIND).stream().filter((v) -> !v.equals(live)).findFirst();
			if (loading.isPresent()) {
				// Its documents are not searchable before the load ends (no refreshes
				// while loading); half a second in, the first batches are in.
				Thread.sleep(500);
				return loading.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The second run never started loading");
	}

	/** The next run, retried while the interrupted run's lock has not yet expired. */
	private static ReindexReport runOnceUnlocked(Reindex reindex) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			try {
				return reindex.run(KIND, ContentSource.sample(KIND));
			}
			catch (ReindexLockedException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

}
