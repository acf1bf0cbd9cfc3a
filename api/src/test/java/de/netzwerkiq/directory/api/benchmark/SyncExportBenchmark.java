package de.netzwerkiq.directory.api.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.testsupport.TestCluster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync and export of many records in bounded memory (issue 23): at each size
 * ({@code -Dbenchmark.sizes}, ascending, loaded one after the other by the indexer), a
 * full initial sync of the training offers through the API (every page, over HTTP), the
 * export stream plain and gzip, and the same reading sent straight to Elasticsearch (a
 * point-in-time, {@code search_after} in id order, the pages the API reads), each timed
 * and each with the API JVM's heap watched: a full GC at a quarter, half, three quarters
 * and the end of every pass gives the live heap while the stream is open; garbage
 * collection notifications give the heap after every collection, a sampler the peak in
 * use. The reading client runs in the same JVM and keeps nothing but counts, so what
 * grows would be the API's. Run with the benchmark profile (see BENCHMARKS.md); not part
 * of the test suite.
 */
@ApiIntegrationTest
class SyncExportBenchmark {

	private static final long[] SIZES = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
		.mapToLong((s) -> Long.parseLong(s.trim().replace("_", "")))
		.sorted()
		.toArray();

	/** The largest page sync allows: what an app that catches up would ask for. */
	private static final int PAGE = Integer.getInteger("benchmark.page", 500);

	/**
	 * What an offline copy of training offers keeps for a list: 17 fields a record, about
	 * as many as a page of 500 may ask for under the default cost limit (10,000; each
	 * field costs 1 per record).
	 */
	private static final String SYNC = "query($t: String, $first: Int) { sync(kind: TRAINING_OFFERS, token: $t, "
			+ "first: $first) { hasMore token deletedIds records { ... on TrainingOffer { id recordId slug "
			+ "title { text language } summary { text } provider offerType format federalStates "
			+ "startDate endDate costEur freeOfCharge updatedAt } } } }";

	@LocalServerPort
	private int port;

	@Autowired
	private Reindex reindex;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void syncAndExportInBoundedMemory() throws Exception {
		URI api = URI.create("http://localhost:" + this.port);
		URI cluster = TestCluster.shared().uri();
		long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"API JVM -Xmx %d MB, GC %s; sync pages of %d; one client%n%10s %-26s | %9s %10s | %8s %9s %9s | %7s%n",
				maxHeap >> 20,
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", ")),
				PAGE, "records", "pass", "seconds", "records/s", "live MB", "after-GC", "peak MB", "x direct"));
		for (long size : SIZES) {
			long loadStarted = System.nanoTime();
			ReindexReport loaded = Workload.loadTrainingOffers(this.reindex, size);
			double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
			// The log of a million changes the swap wrote, the segments: settled before
			// anything is timed.
			settle(cluster);
			Map<String, Pass> passes = new LinkedHashMap<>();
			// Direct first and last, so both API passes and the direct ones see the same
			// drift; the direct figure is their mean.
			Pass direct1 = measure("direct", size, (watch) -> direct(cluster, loaded.index(), size, watch));
			passes.put("sync (GraphQL, all pages)", measure("sync", size, (watch) -> sync(api, size, watch)));
			passes.put("export ndjson", measure("export", size, (watch) -> export(api, size, false, watch)));
			passes.put("export ndjson, gzip", measure("export gzip", size, (watch) -> export(api, size, true, watch)));
			Pass direct2 = measure("direct", size, (watch) -> direct(cluster, loaded.index(), size, watch));
			double directSeconds = (direct1.seconds() + direct2.seconds()) / 2;
			passes.put("Elasticsearch direct (PIT)",
					new Pass(directSeconds, Math.max(direct1.liveMb(), direct2.liveMb()),
							Math.max(direct1.afterGcMb(), direct2.afterGcMb()),
							Math.max(direct1.peakMb(), direct2.peakMb())));
			passes.forEach((name, pass) -> table
				.append(String.format(Locale.ROOT, "%10s %-26s | %9.1f %10.0f | %8.0f %9s %9.0f | %6.2fx%n",
						Workload.format(size), name, pass.seconds(), size / pass.seconds(), pass.liveMb(),
						(pass.afterGcMb() > 0) ? String.format(Locale.ROOT, "%.0f", pass.afterGcMb()) : "-",
						pass.peakMb(), pass.seconds() / directSeconds)));
			table.append(String.format(Locale.ROOT, "%10s %-26s | %9.1f %10.0f |%n", Workload.format(size),
					"(load by the indexer)", loadSeconds, size / loadSeconds));
			System.out.println(table);
		}
		String report = table + "live: the API JVM's heap after a full GC at 1/4, 1/2, 3/4 of each pass and at its end "
				+ "(the highest); after-GC: the highest heap after any other collection during the pass (young collections leave the old generation's garbage; - for none); peak: the highest "
				+ "heap in use, sampled every 10 ms; x direct: the pass's time over the mean of the two direct passes\n";
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "sync-export.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** Every page of an initial sync; checks that the records come once each. */
	private void sync(URI api, long size, HeapWatch watch) throws Exception {
		String token = null;
		long records = 0;
		String lastId = "";
		boolean more = true;
		while (more) {
			ObjectNode request = Workload.JSON.createObjectNode().put("query", SYNC);
			request.putObject("variables").put("t", token).put("first", PAGE);
			JsonNode answer = Workload.JSON.readTree(post(api.resolve("/graphql"), request.toString()));
			assertThat(answer.has("errors")).as(answer.path("errors").toString()).isFalse();
			JsonNode page = answer.path("data").path("sync");
			for (JsonNode record : page.path("records")) {
				// Id order: a record twice or out of order would show here.
				String id = record.path("recordId").asText();
				assertThat(id).isGreaterThan(lastId);
				lastId = id;
				records++;
			}
			watch.progress(records);
			token = page.path("token").asText();
			more = page.path("hasMore").asBoolean();
		}
		assertThat(records).isEqualTo(size);
	}

	/** The export read as a client reads it, lines counted, nothing kept. */
	private void export(URI api, long size, boolean gzip, HeapWatch watch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("/export/training-offers.ndjson"))
			.timeout(Duration.ofMinutes(30))
			.GET();
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		HttpResponse<InputStream> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding"))
			.isEqualTo(gzip ? java.util.Optional.of("gzip") : java.util.Optional.empty());
		long lines = 0;
		try (InputStream body = gzip ? new GZIPInputStream(response.body(), 64 * 1024) : response.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				watch.progress(lines);
			}
		}
		assertThat(lines).isEqualTo(size);
	}

	/**
	 * What the export and an initial sync read, straight from Elasticsearch: a
	 * point-in-time over the index, pages in id order by {@code search_after}, whole
	 * documents.
	 */
	private void direct(URI cluster, String index, long size, HeapWatch watch) throws Exception {
		String pit = Workload.JSON.readTree(post(cluster.resolve("/" + index + "/_pit?keep_alive=2m"), ""))
			.path("id")
			.asText();
		long records = 0;
		JsonNode after = null;
		try {
			while (true) {
				ObjectNode search = Workload.JSON.createObjectNode().put("size", PAGE).put("track_total_hits", false);
				search.putObject("pit").put("id", pit).put("keep_alive", "2m");
				search.putArray("sort").addObject().put("id", "asc");
				if (after != null) {
					search.set("search_after", after);
				}
				JsonNode hits = Workload.JSON.readTree(post(cluster.resolve("/_search"), search.toString()))
					.path("hits")
					.path("hits");
				for (JsonNode hit : hits) {
					assertThat(hit.path("_source").isObject()).isTrue();
					records++;
					after = hit.path("sort");
				}
				watch.progress(records);
				if (hits.size() < PAGE) {
					break;
				}
			}
		}
		finally {
			this.http.send(HttpRequest.newBuilder(cluster.resolve("/_pit"))
				.header("Content-Type", "application/json")
				.method("DELETE", HttpRequest.BodyPublishers.ofString("{\"id\":\"" + pit + "\"}"))
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		assertThat(records).isEqualTo(size);
	}

	private byte[] post(URI uri, String body) throws Exception {
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(() -> new String(response.body())).isEqualTo(200);
		return response.body();
	}

	/** Refresh and flush, then a moment for the merges the load left. */
	private void settle(URI cluster) throws Exception {
		post(cluster.resolve("/_refresh"), "");
		post(cluster.resolve("/_flush"), "");
		Thread.sleep(5_000);
	}

	@FunctionalInterface
	private interface Work {

		void run(HeapWatch watch) throws Exception;

	}

	private static Pass measure(String name, long size, Work work) throws Exception {
		System.gc();
		try (HeapWatch watch = new HeapWatch(size)) {
			long started = System.nanoTime();
			work.run(watch);
			long nanos = System.nanoTime() - started;
			watch.fullGc();
			Pass pass = new Pass(nanos / 1e9, watch.liveMb(), watch.afterGcMb(), watch.peakMb());
			System.out.printf(Locale.ROOT, "%s of %s: %.1f s (%s)%n", name, Workload.format(size), pass.seconds(),
					pass);
			return pass;
		}
	}

	/**
	 * One pass's time (the full GCs included, about the same in every pass) and heap
	 * figures in MB.
	 */
	private record Pass(double seconds, double liveMb, double afterGcMb, double peakMb) {
	}

	/**
	 * The API JVM's heap during one pass: full GCs at quarters of the expected records
	 * for the live heap, every other collection's result by notification (young ones
	 * leave the old generation's garbage in it), the peak by sampling.
	 */
	private static final class HeapWatch implements AutoCloseable {

		private final long expected;

		private int quartersDone;

		private final AtomicLong live = new AtomicLong();

		private final AtomicLong afterGc = new AtomicLong();

		private final AtomicLong peak = new AtomicLong();

		private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());

		private final NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long used = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter((pool) -> this.heapPools.contains(pool.getKey()))
					.mapToLong((pool) -> pool.getValue().getUsed())
					.sum();
				// Read from the collection itself: the heap in use a moment later holds
				// what other threads allocated since.
				("System.gc()".equals(info.getGcCause()) ? this.live : this.afterGc).accumulateAndGet(used, Math::max);
			}
		};

		private final List<NotificationEmitter> emitters = new ArrayList<>();

		private final Thread sampler;

		private volatile boolean sampling = true;

		HeapWatch(long expected) {
			this.expected = expected;
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				if (gc instanceof NotificationEmitter emitter) {
					emitter.addNotificationListener(this.listener, null, null);
					this.emitters.add(emitter);
				}
			}
			this.sampler = new Thread(() -> {
				while (this.sampling) {
					MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
					this.peak.accumulateAndGet(heap.getUsed(), Math::max);
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		/** Called by the reading client as records arrive. */
		void progress(long records) {
			while (this.quartersDone < 3 && records >= this.expected * (this.quartersDone + 1) / 4) {
				this.quartersDone++;
				fullGc();
			}
		}

		/** The notification comes on another thread, shortly after. */
		void fullGc() {
			System.gc();
		}

		double liveMb() {
			return this.live.get() / 1e6;
		}

		double afterGcMb() {
			return this.afterGc.get() / 1e6;
		}

		double peakMb() {
			return this.peak.get() / 1e6;
		}

		@Override
		public void close() throws Exception {
			// The last full GC's notification.
			Thread.sleep(200);
			this.sampling = false;
			this.sampler.join();
			for (NotificationEmitter emitter : this.emitters) {
				emitter.removeNotificationListener(this.listener);
			}
		}

	}

}
