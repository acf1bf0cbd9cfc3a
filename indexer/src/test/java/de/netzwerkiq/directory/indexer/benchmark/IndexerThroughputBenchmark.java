package de.netzwerkiq.directory.indexer.benchmark;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.ContentPipeline;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.NdjsonReader;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole indexer (reading, validation, mapping, BulkIngester, checks, swap) against a
 * plain {@code _bulk} of the same documents, prepared beforehand, in requests of the same
 * size with as many in flight (two); both into an empty index with the same mapping and
 * settings, ending with a refresh. Rounds alternate between the two, first on cores the
 * node and this JVM share, then on cores of their own ({@link CoreSplit}). Run with
 * {@code ./mvnw -pl indexer verify -Pbenchmark}.
 */
@ElasticsearchIntegrationTest
class IndexerThroughputBenchmark {

	private static final ContentKind KIND = ContentKind.TRAINING_OFFERS;

	private static final int RECORDS = 100_000;

	/**
	 * The first round warms the JIT up and is left out of the median; runs on the shared
	 * machine vary by about 15 % from round to round.
	 */
	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);

	/**
	 * The indexer's BulkIngester allows two requests in flight; so does the plain sender.
	 */
	private static final int IN_FLIGHT = 2;

	/**
	 * After the rounds on shared cores, the same rounds with Elasticsearch and this JVM
	 * on cores of their own ({@link CoreSplit}); {@code -Dbenchmark.splitCores=false}
	 * skips them.
	 */
	private static final boolean SPLIT_CORES = !"false".equals(System.getProperty("benchmark.splitCores"));

	@Test
	void indexerVersusPlainBulk(TestCluster cluster, @TempDir Path dir) throws Exception {
		Path source = dir.resolve(KIND.fileName());
		try (OutputStream out = Files.newOutputStream(source)) {
			SampleContentGenerator.fromGazetteer().write(KIND, RECORDS, out);
		}
		int batch = ReindexPolicy.defaults().bulkBatchSize();
		Path bodies = prepareBulkBodies(source, dir.resolve("bulk-bodies.bin"), batch);
		ElasticsearchClient client = cluster.newClient();
		RestClient rest = ((RestClientTransport) client._transport()).restClient();
		List<Round> ours = new ArrayList<>();
		List<Round> plain = new ArrayList<>();
		List<Round> plainSequential = new ArrayList<>();
		// One set of names for every round: the lock and run-history indices exist after
		// a cluster's first run, as in production; each round's version is deleted after
		// it.
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		List<Round> oursSplit = new ArrayList<>();
		List<Round> plainSplit = new ArrayList<>();
		try {
			for (int round = 0; round < ROUNDS; round++) {
				ours.add(reindex(client, names, source));
				ContentIndex index = new ContentIndex(client, names);
				plain.add(plainBulk(rest, index, bodies, IN_FLIGHT));
				plainSequential.add(plainBulk(rest, index, bodies, 1));
			}
			Optional<CoreSplit> split = SPLIT_CORES ? CoreSplit.apply() : Optional.empty();
			if (split.isPresent()) {
				try (CoreSplit cores = split.get()) {
					for (int round = 0; round < ROUNDS; round++) {
						oursSplit.add(reindex(client, names, source));
						plainSplit.add(plainBulk(rest, new ContentIndex(client, names), bodies, IN_FLIGHT));
					}
				}
			}
		}
		finally {
			ContentIndex index = new ContentIndex(client, names);
			index.versions(KIND).forEach(index::delete);
			client._transport().close();
		}
		double oursMedian = median(ours, Round::seconds);
		System.out.printf(Locale.ROOT,
				"%n%,d %s (%.0f MB of NDJSON), batches of %d, %d rounds, median after the first:%n", RECORDS,
				KIND.slug(), Files.size(source) / 1e6, batch, ROUNDS);
		System.out.printf(Locale.ROOT, "%-44s %8s %17s   %s%n", "", "time", "throughput",
				"CPU ms per 1,000 records: this JVM / Elasticsearch");
		row("indexer (read, validate, map, bulk, checks)", ours);
		row("plain _bulk, prepared, 2 in flight", plain);
		row("plain _bulk, prepared, 1 at a time", plainSequential);
		System.out.printf(Locale.ROOT, "%-44s %8.2fx (goal >= 0.90x)%n", "throughput indexer / plain, 2 in flight",
				median(plain, Round::seconds) / oursMedian);
		System.out.printf(Locale.ROOT, "%-44s %8.2fx%n", "throughput indexer / plain, 1 at a time",
				median(plainSequential, Round::seconds) / oursMedian);
		cpuRow(ours, plain);
		if (!oursSplit.isEmpty()) {
			System.out.println("Elasticsearch and the benchmark JVM on cores of their own (taskset), same rounds:");
			row("indexer (read, validate, map, bulk, checks)", oursSplit);
			row("plain _bulk, prepared, 2 in flight", plainSplit);
			System.out.printf(Locale.ROOT, "%-44s %8.2fx (goal >= 0.90x)%n", "throughput indexer / plain, 2 in flight",
					median(plainSplit, Round::seconds) / median(oursSplit, Round::seconds));
			cpuRow(oursSplit, plainSplit);
		}
	}

	/**
	 * One load: its wall-clock time and the CPU time spent in it by this JVM (the
	 * indexer, or the plain sender, with their JIT and GC threads) and by the node's
	 * processes. CPU per record means the same on a fast and a slow machine, where the
	 * ratio does not: the faster the node, the more the indexer's own work shows.
	 */
	private record Round(double seconds, long ownCpuNanos, long nodeCpuNanos) {

		double ownCpuPerThousand() {
			return this.ownCpuNanos / 1e6 / RECORDS * 1000;
		}

		double nodeCpuPerThousand() {
			return this.nodeCpuNanos / 1e6 / RECORDS * 1000;
		}

	}

	/** Measures a load in this JVM's and the node's CPU time as well as in seconds. */
	private static Round measured(java.util.concurrent.Callable<Void> load) throws Exception {
		long ownCpu = processCpuNanos();
		long nodeCpu = nodeCpuNanos();
		long started = System.nanoTime();
		load.call();
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Round(seconds, processCpuNanos() - ownCpu, nodeCpuNanos() - nodeCpu);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The CPU time of this JVM's child processes: the local node the test support started
	 * (0 for an external cluster or a container, whose CPU is not seen here).
	 */
	private static long nodeCpuNanos() {
		return ProcessHandle.current()
			.descendants()
			.mapToLong((process) -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.sum();
	}

	/**
	 * The indexer's own CPU per 1,000 records beside the plain sender's: what the indexer
	 * costs over sending prepared bodies, whatever the machine's speed.
	 */
	private static void cpuRow(List<Round> ours, List<Round> plain) {
		double own = median(ours, Round::ownCpuPerThousand);
		double sender = median(plain, Round::ownCpuPerThousand);
		System.out.printf(Locale.ROOT,
				"%-44s %8.1f ms per 1,000 records (plain sender %.1f ms; Elasticsearch %.1f ms, with the plain sender %.1f ms)%n%n",
				"indexer's own CPU (this JVM, whole run)", own, sender, median(ours, Round::nodeCpuPerThousand),
				median(plain, Round::nodeCpuPerThousand));
	}

	/**
	 * One whole reindex over the version the round before left live, as in production,
	 * where a reindex replaces live content that mostly stays the same: the change log
	 * compares the two and finds nothing changed. The version it replaced is deleted
	 * after it. (Until the tenth session each round's index was deleted after it, so
	 * every round found its live index gone: the change log then deleted the round
	 * before's 100,000 entries and wrote 100,000 new ones, which cost Elasticsearch as
	 * much as the load.) The first round, left out of the median, is a first publication.
	 */
	private static Round reindex(ElasticsearchClient client, IndexNames names, Path source) throws Exception {
		ReindexReport[] report = new ReindexReport[1];
		Round round = measured(() -> {
			report[0] = new Reindex(client, names, ReindexPolicy.defaults()).run(KIND, ContentSource.file(source));
			return null;
		});
		assertThat(report[0].indexed()).isEqualTo(RECORDS);
		assertThat(report[0].swapped()).isTrue();
		new ContentIndex(client, names).prune(KIND, 1);
		return round;
	}

	private static void row(String name, List<Round> rounds) {
		double median = median(rounds, Round::seconds);
		System.out.printf(Locale.ROOT, "%-44s %8.2f s %,10.0f docs/s   %5.1f / %5.1f   rounds %s%n", name, median,
				RECORDS / median, median(rounds, Round::ownCpuPerThousand), median(rounds, Round::nodeCpuPerThousand),
				format(rounds.stream().map(Round::seconds).toList()));
	}

	/**
	 * Every batch as a ready _bulk body (action and source lines), length-prefixed in a
	 * file.
	 */
	private static Path prepareBulkBodies(Path source, Path target, int batch) throws IOException {
		@SuppressWarnings("unchecked")
		ContentPipeline<SourceRecord, ?> pipeline = (ContentPipeline<SourceRecord, ?>) ContentPipeline.forKind(KIND);
		ObjectWriter json = ContentJson.objectMapper().writer();
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
			StringBuilder body = new StringBuilder();
			int[] inBatch = { 0 };
			new NdjsonReader<>(ContentJson.objectMapper(), pipeline.recordType()).read(ContentSource.file(source),
					(parsed) -> {
						try {
							body.append("{\"index\":{\"_id\":")
								.append(json.writeValueAsString(parsed.value().id()))
								.append("}}\n")
								.append(json.writeValueAsString(pipeline.toDocument(parsed.value(), parsed.position())))
								.append('\n');
							if (++inBatch[0] == batch) {
								write(out, body);
								inBatch[0] = 0;
							}
						}
						catch (IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					}, (rejection) -> {
						throw new IllegalStateException(rejection.toString());
					});
			if (inBatch[0] > 0) {
				write(out, body);
			}
		}
		return target;
	}

	private static void write(DataOutputStream out, StringBuilder body) throws IOException {
		byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
		body.setLength(0);
	}

	/**
	 * Seconds to create a fresh index, load the prepared bodies and refresh it: a reindex
	 * creates its index too.
	 */
	private static Round plainBulk(RestClient rest, ContentIndex index, Path bodies, int concurrency) throws Exception {
		String[] target = new String[1];
		long[] sent = new long[1];
		Round round = measured(() -> {
			target[0] = index.createVersion(KIND);
			sent[0] = sendBulkBodies(rest, target[0], bodies, concurrency);
			index.finishLoad(target[0]);
			index.refresh(target[0]);
			return null;
		});
		assertThat(sent[0]).isEqualTo(RECORDS);
		assertThat(index.count(target[0])).isEqualTo(RECORDS);
		index.delete(target[0]);
		return round;
	}

	/** Sends the prepared bodies with at most {@code concurrency} requests in flight. */
	private static long sendBulkBodies(RestClient rest, String index, Path bodies, int concurrency) throws Exception {
		java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(concurrency);
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		long documents = 0;
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(bodies)))) {
			while (in.available() > 0) {
				byte[] body = new byte[in.readInt()];
				in.readFully(body);
				for (byte b : body) {
					if (b == '\n') {
						documents++;
					}
				}
				Request request = new Request("POST", "/" + index + "/_bulk");
				request.setEntity(new ByteArrayEntity(body, ContentType.create("application/x-ndjson")));
				inFlight.acquire();
				rest.performRequestAsync(request, new org.elasticsearch.client.ResponseListener() {

					@Override
					public void onSuccess(Response response) {
						try {
							String answer = new String(response.getEntity().getContent().readAllBytes(),
									StandardCharsets.UTF_8);
							if (!answer.contains("\"errors\":false")) {
								failures.add(answer.substring(0, Math.min(500, answer.length())));
							}
						}
						catch (IOException ex) {
							failures.add(ex.toString());
						}
						finally {
							inFlight.release();
						}
					}

					@Override
					public void onFailure(Exception ex) {
						failures.add(ex.toString());
						inFlight.release();
					}

				});
			}
		}
		inFlight.acquire(concurrency);
		assertThat(failures).isEmpty();
		return documents / 2;
	}

	private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
		List<Double> sorted = rounds.stream().skip(1).mapToDouble(value).sorted().boxed().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static String format(List<Double> values) {
		return values.stream().map((v) -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
	}

}
