package de.netzwerkiq.directory.api.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import de.netzwerkiq.directory.api.concepts.ConceptThesaurus;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.EngineRequests;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.testsupport.TestCluster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the cost of the common searches grows with the number of training offers (issue
 * 22): at each size ({@code -Dbenchmark.sizes}, ascending, loaded one after the other by
 * the indexer), a mixed workload of every {@link Workload} shape goes through the API and
 * the same requests (recorded from the API's engine) straight to Elasticsearch, at one
 * and at four concurrent clients, in blocks that alternate API, direct, direct, API so
 * both see the same drift; then both heaps and the index size per record. Run with the
 * benchmark profile (see BENCHMARKS.md); not part of the test suite.
 */
@ApiIntegrationTest
class ScaleCurveBenchmark {

	private static final long[] SIZES = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
		.mapToLong((s) -> Long.parseLong(s.trim().replace("_", "")))
		.sorted()
		.toArray();

	private static final int[] CLIENTS = Arrays.stream(System.getProperty("benchmark.clients", "1,4").split(","))
		.mapToInt((s) -> Integer.parseInt(s.trim()))
		.toArray();

	/** Mixed requests per side before each size is measured (the JIT at the first). */
	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 1500);

	/**
	 * At the first size: long enough for the JIT (see SearchBenchmark), so the smallest
	 * size is not measured on a cold API.
	 */
	private static final int FIRST_WARM_UP = Integer.getInteger("benchmark.firstWarmUp", 3000);

	/**
	 * Requests per shape sent straight to Elasticsearch with the request cache off: what
	 * a page without text costs when it is not a repeat.
	 */
	private static final int MISSES = Integer.getInteger("benchmark.misses", 40);

	/** Measured requests per side, per size and number of clients. */
	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 1200);

	/** Variants (texts, towns) per shape. */
	private static final int VARIANTS = Integer.getInteger("benchmark.variants", 10);

	/**
	 * How often each shape comes in the mix, roughly as a finder's users send them: most
	 * often the search itself.
	 */
	private static final Map<String, Integer> WEIGHTS = Map.of("finder search", 30, "finder app's first page", 10,
			"advice centres near a place, by distance", 15, "text only, all kinds", 10, "facets only, no text", 10,
			"map clusters, zoom 6 (Germany)", 5, "map clusters, zoom 10 (a city)", 10, "next page through a cursor",
			10);

	@LocalServerPort
	private int port;

	@Autowired
	private IndexNames names;

	@Autowired
	private Reindex reindex;

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private ElasticsearchProperties properties;

	@Autowired
	private Places places;

	@Autowired
	private OccupationThesaurus occupations;

	@Autowired
	private ConceptThesaurus concepts;

	@Autowired
	private ApplicationContext application;

	private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

	@Test
	void costAsTheIndexGrows() throws Exception {
		URI graphQl = URI.create("http://localhost:" + this.port + "/graphql");
		URI cluster = TestCluster.shared().uri();
		EngineRequests engine = new EngineRequests(this.graphQlSource, this.client, this.names, this.properties,
				this.places, this.occupations, this.concepts, this.application);
		StringBuilder curve = new StringBuilder();
		curve.append(String.format(Locale.ROOT,
				"Mixed workload (%s), %d variants per shape; per size and number of clients %d requests each way, "
						+ "in blocks API, direct, direct, API; after %d warm-up requests each way%n",
				WEIGHTS, VARIANTS, REQUESTS, WARM_UP));
		curve.append(String.format(Locale.ROOT, "%10s %7s | %9s %9s %8s | %9s %9s %8s | %6s %6s%n", "offers", "clients",
				"API p50", "API p99", "API /s", "ES p50", "ES p99", "ES /s", "p50 x", "p99 x"));
		StringBuilder memory = new StringBuilder(
				String.format(Locale.ROOT, "%10s | %9s %10s %9s | %12s %10s | %13s %10s %9s%n", "offers", "load s",
						"index MB", "bytes/rec", "API heap MB", "API peak", "node heap MB", "node peak", "node max"));
		StringBuilder shapes = new StringBuilder();
		for (long size : SIZES) {
			long loadStarted = System.nanoTime();
			ReindexReport loaded = Workload.loadTrainingOffers(this.reindex, size);
			double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
			List<Workload.Request> requests = new ArrayList<>();
			for (Workload.Shape shape : Workload.record(engine, VARIANTS)) {
				requests.addAll(shape.requests());
			}
			int warmUp = (size == SIZES[0]) ? Math.max(WARM_UP, FIRST_WARM_UP) : WARM_UP;
			List<Workload.Request> mix = mix(requests, warmUp + REQUESTS, size);
			resetPeaks();
			// Warm-up, one client, both sides.
			run(graphQl, cluster, mix.subList(0, warmUp), 1, true, null);
			run(graphQl, cluster, mix.subList(0, warmUp), 1, false, null);
			List<Workload.Request> measured = mix.subList(warmUp, mix.size());
			Map<String, Histogram> misses = misses(cluster, requests);
			shapes.append(String.format(Locale.ROOT,
					"%n%s training offers, one client, per shape (miss: straight to Elasticsearch, request cache off):%n"
							+ "%-42s %9s %9s %9s %9s %9s %9s%n",
					Workload.format(size), "", "API p50", "API p99", "ES p50", "ES p99", "miss p50", "miss p99"));
			for (int clients : CLIENTS) {
				Map<String, Histogram[]> byShape = new LinkedHashMap<>();
				Side api = new Side();
				Side direct = new Side();
				int half = measured.size() / 2;
				List<List<Workload.Request>> halves = List.of(measured.subList(0, half),
						measured.subList(half, measured.size()));
				api.add(run(graphQl, cluster, halves.get(0), clients, true, (clients == 1) ? byShape : null));
				direct.add(run(graphQl, cluster, halves.get(0), clients, false, (clients == 1) ? byShape : null));
				direct.add(run(graphQl, cluster, halves.get(1), clients, false, (clients == 1) ? byShape : null));
				api.add(run(graphQl, cluster, halves.get(1), clients, true, (clients == 1) ? byShape : null));
				curve.append(
						String.format(Locale.ROOT, "%10s %7d | %9.2f %9.2f %8.1f | %9.2f %9.2f %8.1f | %5.2fx %5.2fx%n",
								Workload.format(size), clients, api.p(50), api.p(99), api.throughput(), direct.p(50),
								direct.p(99), direct.throughput(), api.p(50) / direct.p(50), api.p(99) / direct.p(99)));
				byShape.forEach((shape,
						sides) -> shapes.append(String.format(Locale.ROOT, "%-42s %9.2f %9.2f %9.2f %9.2f %9s %9s%n",
								shape, sides[0].getValueAtPercentile(50) / 1e6, sides[0].getValueAtPercentile(99) / 1e6,
								sides[1].getValueAtPercentile(50) / 1e6, sides[1].getValueAtPercentile(99) / 1e6,
								ms(misses.get(shape), 50), ms(misses.get(shape), 99))));
			}
			memory.append(memory(cluster, size, loaded, loadSeconds));
			System.out.println(curve);
			System.out.println(memory);
		}
		String report = curve + "\n" + memory
				+ "load: the indexer's reindex, generated offers streamed in; index: primaries' store after the load "
				+ "(not force-merged); API heap: live after a full GC, peak: highest used while measuring; node: "
				+ "Elasticsearch's heap used now, the old generation's peak since start, its -Xmx\n" + shapes;
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "scale-curve.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/**
	 * Per shape whose requests ask for the request cache: their latency straight to
	 * Elasticsearch with it off.
	 */
	private Map<String, Histogram> misses(URI cluster, List<Workload.Request> requests) throws Exception {
		Map<String, List<Workload.Request>> cached = new LinkedHashMap<>();
		requests.stream()
			.filter((r) -> r.directPath().contains("request_cache=true"))
			.forEach((r) -> cached.computeIfAbsent(r.shape(), (k) -> new ArrayList<>()).add(r));
		Map<String, Histogram> misses = new LinkedHashMap<>();
		for (Map.Entry<String, List<Workload.Request>> shape : cached.entrySet()) {
			List<Workload.Request> uncached = shape.getValue()
				.stream()
				.map((r) -> new Workload.Request(r.shape(), r.variant(), r.apiBody(),
						r.directPath().replace("request_cache=true", "request_cache=false"), r.directBody()))
				.toList();
			List<Workload.Request> sequence = new ArrayList<>();
			for (int i = 0; i < MISSES; i++) {
				sequence.add(uncached.get(i % uncached.size()));
			}
			misses.put(shape.getKey(), run(null, cluster, sequence, 1, false, null).latencies());
		}
		return misses;
	}

	private static String ms(Histogram histogram, double percentile) {
		return (histogram != null)
				? String.format(Locale.ROOT, "%.2f", histogram.getValueAtPercentile(percentile) / 1e6) : "-";
	}

	/** The shapes' requests drawn by weight, the same sequence for both sides. */
	private static List<Workload.Request> mix(List<Workload.Request> requests, int count, long seed) {
		List<Workload.Request> weighted = new ArrayList<>();
		Map<String, List<Workload.Request>> byShape = new LinkedHashMap<>();
		requests.forEach((r) -> byShape.computeIfAbsent(r.shape(), (k) -> new ArrayList<>()).add(r));
		assertThat(byShape.keySet()).containsExactlyInAnyOrderElementsOf(WEIGHTS.keySet());
		Random random = new Random(seed);
		int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
		for (int i = 0; i < count; i++) {
			int pick = random.nextInt(total);
			for (Map.Entry<String, List<Workload.Request>> shape : byShape.entrySet()) {
				pick -= WEIGHTS.get(shape.getKey());
				if (pick < 0) {
					weighted.add(shape.getValue().get(random.nextInt(shape.getValue().size())));
					break;
				}
			}
		}
		return weighted;
	}

	/**
	 * Sends the requests to one side with {@code clients} threads taking the next in
	 * turn; returns their latencies and the wall time.
	 */
	private Block run(URI graphQl, URI cluster, List<Workload.Request> requests, int clients, boolean toApi,
			Map<String, Histogram[]> byShape) throws Exception {
		ConcurrentHistogram latencies = new ConcurrentHistogram(60_000_000_000L, 3);
		AtomicInteger next = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < clients; t++) {
			done.add(threads.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
					Workload.Request request = requests.get(i);
					URI uri = toApi ? graphQl : cluster.resolve(request.directPath());
					String body = toApi ? request.apiBody() : request.directBody();
					long sent = System.nanoTime();
					HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
						.header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(30))
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
					long took = System.nanoTime() - sent;
					assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
					assertThat(response.body()).as(request.variant())
						.contains(toApi ? "\"data\"" : "\"hits\"")
						.doesNotContain("\"errors\"");
					latencies.recordValue(took);
					if (byShape != null) {
						synchronized (byShape) {
							byShape.computeIfAbsent(request.shape(), (k) -> new Histogram[] {
									new Histogram(60_000_000_000L, 3), new Histogram(60_000_000_000L, 3) })[toApi ? 0
											: 1]
								.recordValue(took);
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> thread : done) {
			thread.get();
		}
		long wall = System.nanoTime() - started;
		threads.shutdown();
		return new Block(latencies, wall);
	}

	private String memory(URI cluster, long size, ReindexReport loaded, double loadSeconds) throws Exception {
		long apiPeak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				apiPeak += pool.getPeakUsage().getUsed();
			}
		}
		System.gc();
		long apiLive = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		JsonNode stats = get(cluster.resolve("/" + loaded.index() + "/_stats/store,docs")).path("_all")
			.path("primaries");
		long bytes = stats.path("store").path("size_in_bytes").asLong();
		long docs = stats.path("docs").path("count").asLong();
		JsonNode jvm = get(cluster.resolve("/_nodes/_local/stats/jvm")).path("nodes").elements().next().path("jvm");
		JsonNode mem = jvm.path("mem");
		return String.format(Locale.ROOT, "%10s | %9.1f %10.1f %9d | %12.0f %10.0f | %13.0f %10.0f %9.0f%n",
				Workload.format(size), loadSeconds, bytes / 1e6, bytes / Math.max(1, docs), apiLive / 1e6,
				apiPeak / 1e6, mem.path("heap_used_in_bytes").asLong() / 1e6,
				mem.path("pools").path("old").path("peak_used_in_bytes").asLong() / 1e6,
				mem.path("heap_max_in_bytes").asLong() / 1e6);
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private JsonNode get(URI uri) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Workload.JSON.readTree(response.body());
	}

	/** Latencies and wall time of one block of requests. */
	private record Block(Histogram latencies, long wallNanos) {
	}

	/** One side's blocks. */
	private static final class Side {

		private final Histogram latencies = new Histogram(60_000_000_000L, 3);

		private long wallNanos;

		void add(Block block) {
			this.latencies.add(block.latencies());
			this.wallNanos += block.wallNanos();
		}

		double p(double percentile) {
			return this.latencies.getValueAtPercentile(percentile) / 1e6;
		}

		double throughput() {
			return this.latencies.getTotalCount() / (this.wallNanos / 1e9);
		}

	}

}
