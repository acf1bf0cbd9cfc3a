package de.netzwerkiq.directory.api.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import de.netzwerkiq.directory.api.support.GeneratedContent;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three real nodes, content with one replica, four clients searching through the API
 * without pause: a node killed with SIGKILL (a data node, then the elected master, each
 * twice in a row) and started again costs no search, and readiness stays UP (a yellow
 * cluster serves every search); so does a node frozen with SIGSTOP, and a reindex while a
 * node dies completes or leaves the live alias alone. Runs in a JVM of its own (failsafe
 * execution {@code failover}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// The production bound of 2 s per search and node.
		properties = { "iq.sample-content.load=true", "iq.index.prefix=failover-" })
class NodeLossFailoverIntegrationTests {

	private static final int CLIENTS = 4;

	/** Pages followed by their cursors (a point-in-time on the cluster). */
	private static final String PAGES = "query($after: String) { adviceCentres(first: 2, after: $after) "
			+ "{ totalCount pageInfo { hasNextPage endCursor } } }";

	private static final Pattern END_CURSOR = Pattern.compile("\"endCursor\":\"([^\"]+)\"");

	private static final List<String> QUERIES = List.of("{ adviceCentres(first: 3) { totalCount } }",
			"{ adviceCentres(text: \"Beratung\", first: 5) { totalCount edges { node { id } } } }",
			"{ trainingOffers(text: \"Deutschkurs\", first: 5) { totalCount } }",
			"{ search(text: \"Anerkennung\", first: 5) { totalCount } }", PAGES);

	private static LocalCluster cluster;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int apiPort;

	@Autowired
	private Reindex reindex;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private IndexNames names;

	private ContentIndex index;

	@BeforeEach
	void index() {
		this.index = new ContentIndex(this.client, this.names);
	}

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		cluster = LocalCluster.start("failover", 3, "384m");
		registry.add("spring.elasticsearch.uris",
				() -> cluster.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
	}

	@AfterAll
	static void stop() {
		if (cluster != null) {
			cluster.close();
		}
	}

	/**
	 * Each node lost twice in a row, as a rolling restart or a crash loop would: a data
	 * node killed, back and killed again, then the elected master the same way (the
	 * second time the master is whichever node won the election after the first).
	 */
	@Test
	void killingANodeTheMasterIncludedTwiceInARowCostsNoSearch() throws Exception {
		cluster.awaitHealth(3, "green", Duration.ofSeconds(90));
		assertThat(readiness()).isEqualTo(200);
		Load load = new Load();
		load.start();
		try {
			load.awaitSucceeded(load.succeeded() + 20);
			String master = cluster.master();
			String dataNode = cluster.names().stream().filter((name) -> !name.equals(master)).findFirst().orElseThrow();
			loseAndRestart(load, dataNode);
			loseAndRestart(load, dataNode);
			loseAndRestart(load, cluster.master());
			loseAndRestart(load, cluster.master());
		}
		finally {
			load.stop();
		}
		load.report("Node loss, each twice");
	}

	/**
	 * A node that stops answering without closing its connections (SIGSTOP for 15 s: a
	 * long GC pause, a hung disk): searches it would coordinate go to the next node after
	 * their 2 s bound. Searches that a live node coordinates but that need a shard copy
	 * on the frozen node wait inside Elasticsearch until its fault detection gives up on
	 * the node (up to 3 checks of 10 s); the repeated search usually lands elsewhere
	 * (adaptive replica selection), but not always, so a frozen node may cost searches in
	 * its first seconds: 0 to 4 in most runs, out of 937 to 5,250 searches; in others
	 * nearly every search of the 15 s fails (7 and 11 of 154, 15 of 78 and of 79: the
	 * searches kept going to the frozen node's copies, each failed one waiting out two
	 * bounds, 4 s). How many fail varies from run to run; what must hold does not:
	 * searches go on succeeding while the node is frozen (the API routes around it), none
	 * hangs (one search may send several requests, each repeated after its 2 s bound: the
	 * slowest took 6.3 s; Elasticsearch alone would wait up to 30 s), none fails once the
	 * node goes on and the cluster is green again, and no more fail than four clients can
	 * lose to 4-s waits in the 15 s.
	 */
	@Test
	void aFrozenNodeCostsFewSearchesAndNoneHangs() throws Exception {
		cluster.awaitHealth(3, "green", Duration.ofSeconds(90));
		Load load = new Load();
		load.start();
		String master = cluster.master();
		String frozen = cluster.names().stream().filter((name) -> !name.equals(master)).findFirst().orElseThrow();
		long succeededWhileFrozen;
		long failedOnceGreen;
		try {
			load.awaitSucceeded(load.succeeded() + 20);
			long before = load.succeeded();
			load.killedAt.set(System.nanoTime());
			cluster.freeze(frozen);
			try {
				Thread.sleep(15_000);
				load.awaitSucceeded(before + 20);
				succeededWhileFrozen = load.succeeded() - before;
			}
			finally {
				cluster.thaw(frozen);
			}
			cluster.awaitHealth(3, "green", Duration.ofSeconds(120));
			long failedBefore = load.failed.get();
			load.awaitSucceeded(load.succeeded() + 40);
			failedOnceGreen = load.failed.get() - failedBefore;
		}
		finally {
			load.stop();
		}
		load.report("Frozen node", CLIENTS * (15 / 4 + 1), 10_000);
		assertThat(succeededWhileFrozen).as("searches that succeeded while the node was frozen").isPositive();
		assertThat(failedOnceGreen).as("searches failed once the cluster was green again").isZero();
	}

	/**
	 * A reindex of 20,000 training offers while a data node is killed: it either
	 * completes with every record or leaves the live alias where it was with a report
	 * that says so, and no search fails meanwhile.
	 */
	@Test
	void aReindexWhileANodeDiesCompletesOrLeavesTheLiveAliasAlone() throws Exception {
		cluster.awaitHealth(3, "green", Duration.ofSeconds(90));
		String liveBefore = this.index.live(ContentKind.TRAINING_OFFERS).orElseThrow();
		long countBefore = this.index.count(liveBefore);
		long records = 20_000;
		String master = cluster.master();
		String victim = cluster.names().stream().filter((name) -> !name.equals(master)).findFirst().orElseThrow();
		Load load = new Load();
		load.start();
		ReindexReport report;
		try {
			load.awaitSucceeded(load.succeeded() + 20);
			AtomicBoolean killed = new AtomicBoolean();
			CompletableFuture<Void> kill = new CompletableFuture<>();
			try {
				report = this.reindex.run(ContentKind.TRAINING_OFFERS,
						GeneratedContent.of(ContentKind.TRAINING_OFFERS, records), (read) -> {
							if (read >= records / 4 && killed.compareAndSet(false, true)) {
								// Not on the reindex's thread: a kill takes a moment.
								CompletableFuture.runAsync(() -> {
									load.killedAt.set(System.nanoTime());
									cluster.kill(victim);
								}).whenComplete((done, failure) -> complete(kill, failure));
							}
						});
			}
			catch (RuntimeException | IOException ex) {
				report = null;
				System.out.println("Reindex while a node died failed: " + ex);
			}
			kill.get(60, TimeUnit.SECONDS);
			assertThat(killed).as("the node was killed while records were read").isTrue();
			cluster.restart(victim);
			cluster.awaitHealth(3, "green", Duration.ofSeconds(120));
			load.awaitSucceeded(load.succeeded() + 20);
		}
		finally {
			load.stop();
		}
		String liveAfter = this.index.live(ContentKind.TRAINING_OFFERS).orElseThrow();
		if (report != null && report.swapped()) {
			System.out.print(report.toText());
			assertThat(report.indexed()).isEqualTo(records);
			assertThat(liveAfter).isEqualTo(report.index());
			this.index.refresh(liveAfter);
			assertThat(this.index.count(liveAfter)).isEqualTo(records);
		}
		else {
			if (report != null) {
				System.out.print(report.toText());
				assertThat(report.decision()).isNotBlank();
			}
			assertThat(liveAfter).isEqualTo(liveBefore);
			assertThat(this.index.count(liveAfter)).isEqualTo(countBefore);
		}
		load.report("Reindex while a node died");
	}

	private static void complete(CompletableFuture<Void> future, Throwable failure) {
		if (failure != null) {
			future.completeExceptionally(failure);
		}
		else {
			future.complete(null);
		}
	}

	private void loseAndRestart(Load load, String victim) {
		long before = load.succeeded();
		load.killedAt.set(System.nanoTime());
		cluster.kill(victim);
		cluster.awaitHealth(2, "yellow", Duration.ofSeconds(60));
		// A yellow cluster answers every search: ready.
		assertThat(readiness()).as("readiness with %s gone", victim).isEqualTo(200);
		load.awaitSucceeded(before + 40);
		cluster.restart(victim);
		cluster.awaitHealth(3, "green", Duration.ofSeconds(90));
		assertThat(readiness()).as("readiness with %s back", victim).isEqualTo(200);
		load.awaitSucceeded(load.succeeded() + 20);
	}

	private int readiness() {
		return send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.apiPort + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(30))
					.build())
			.statusCode();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Clients searching without pause, each search's outcome counted. */
	private final class Load {

		private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicLong succeeded = new AtomicLong();

		private final AtomicLong failed = new AtomicLong();

		private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		private final AtomicLong killedAt = new AtomicLong(Long.MIN_VALUE);

		private final AtomicLong slowestMillis = new AtomicLong();

		private final AtomicLong slowestAfterKillMillis = new AtomicLong();

		private final ConcurrentLinkedQueue<Throwable> crashes = new ConcurrentLinkedQueue<>();

		/**
		 * What the API logged about each failed search: the answer says only "retry
		 * shortly", and a CI run's one lost search could not be explained without it.
		 */
		private final ListAppender<ILoggingEvent> causes = new ListAppender<>();

		void start() {
			this.causes.start();
			apiErrors().addAppender(this.causes);
			for (int client = 0; client < CLIENTS; client++) {
				int offset = client;
				this.clients.execute(() -> {
					int n = offset;
					while (this.running.get()) {
						try {
							String query = QUERIES.get(n++ % QUERIES.size());
							if (query == PAGES) {
								String after = null;
								for (int page = 0; page < 6; page++) {
									after = search(query, after);
								}
							}
							else {
								search(query, null);
							}
						}
						catch (Throwable ex) {
							this.crashes.add(ex);
							return;
						}
					}
				});
			}
		}

		/** Returns the end cursor, if any. */
		private String search(String query, String after) {
			String variables = (after != null) ? ", \"variables\": {\"after\": \"" + after + "\"}" : "";
			long started = System.nanoTime();
			HttpResponse<String> response = send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + NodeLossFailoverIntegrationTests.this.apiPort + "/graphql"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"" + variables + "}"))
				.build());
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			this.slowestMillis.accumulateAndGet(millis, Math::max);
			if (started - this.killedAt.get() < TimeUnit.SECONDS.toNanos(10)) {
				this.slowestAfterKillMillis.accumulateAndGet(millis, Math::max);
			}
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")
					|| !response.body().contains("\"totalCount\"")) {
				this.failed.incrementAndGet();
				if (this.failures.size() < 20) {
					this.failures.add(response.statusCode() + " " + response.body());
				}
			}
			else {
				this.succeeded.incrementAndGet();
			}
			Matcher cursor = END_CURSOR.matcher(response.body());
			return cursor.find() ? cursor.group(1) : null;
		}

		long succeeded() {
			return this.succeeded.get();
		}

		/** Prints the figures the README quotes and fails on any failed search. */
		void report(String what) {
			print(what);
			assertThat(this.failed.get())
				.as("failed searches, the first: %s, the API's causes: %s", this.failures, causes())
				.isZero();
		}

		/** Prints the figures and fails on more failed searches or a slower one. */
		void report(String what, long mostFailed, long slowestMillis) {
			print(what);
			assertThat(this.failed.get())
				.as("failed searches, the first: %s, the API's causes: %s", this.failures, causes())
				.isLessThanOrEqualTo(mostFailed);
			assertThat(this.slowestMillis.get()).as("the slowest search, in ms").isLessThanOrEqualTo(slowestMillis);
		}

		private void print(String what) {
			System.out.printf("%s: %d searches, %d failed; slowest %d ms, slowest within 10 s of the event %d ms%n",
					what, succeeded() + this.failed.get(), this.failed.get(), this.slowestMillis.get(),
					this.slowestAfterKillMillis.get());
		}

		/** Bounded: the load must make progress, failing or not. */
		void awaitSucceeded(long count) {
			await(() -> this.succeeded.get() + this.failed.get() >= count || !this.crashes.isEmpty(),
					Duration.ofSeconds(60));
			assertThat(this.crashes).as("clients that could not reach the API").isEmpty();
		}

		private List<String> causes() {
			synchronized (this.causes.list) {
				return this.causes.list.stream().limit(10).map(ILoggingEvent::getFormattedMessage).toList();
			}
		}

		void stop() throws InterruptedException {
			apiErrors().detachAppender(this.causes);
			this.running.set(false);
			this.clients.shutdown();
			assertThat(this.clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

	}

	private static Logger apiErrors() {
		// By name: the handler is package-private.
		return (Logger) LoggerFactory.getLogger("de.netzwerkiq.directory.api.graphql.GraphQlErrors");
	}

	private static void await(BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
