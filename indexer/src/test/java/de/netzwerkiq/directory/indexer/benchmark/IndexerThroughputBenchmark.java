package de.netzwerkiq.directory.indexer.benchmark;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
		List<Double> ours = new ArrayList<>();
		List<Double> plain = new ArrayList<>();
		List<Double> plainSequential = new ArrayList<>();
		// One set of names for every round: the lock and run-history indices exist after
		// a cluster's first run, as in production; each round's version is deleted after
		// it.
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		List<Double> oursSplit = new ArrayList<>();
		List<Double> plainSplit = new ArrayList<>();
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
			client._transport().close();
		}
		double oursMedian = median(ours);
		System.out.printf(Locale.ROOT,
				"%n%,d %s (%.0f MB of NDJSON), batches of %d, %d rounds, median after the first:%n", RECORDS,
				KIND.slug(), Files.size(source) / 1e6, batch, ROUNDS);
		row("indexer (read, validate, map, bulk, checks)", ours);
		row("plain _bulk, prepared, 2 in flight", plain);
		row("plain _bulk, prepared, 1 at a time", plainSequential);
		System.out.printf(Locale.ROOT, "%-44s %8.2fx (goal >= 0.90x)%n", "throughput indexer / plain, 2 in flight",
				median(plain) / oursMedian);
		System.out.printf(Locale.ROOT, "%-44s %8.2fx%n%n", "throughput indexer / plain, 1 at a time",
				median(plainSequential) / oursMedian);
		if (!oursSplit.isEmpty()) {
			System.out.println("Elasticsearch and the benchmark JVM on cores of their own (taskset), same rounds:");
			row("indexer (read, validate, map, bulk, checks)", oursSplit);
			row("plain _bulk, prepared, 2 in flight", plainSplit);
			System.out.printf(Locale.ROOT, "%-44s %8.2fx (goal >= 0.90x)%n%n",
					"throughput indexer / plain, 2 in flight", median(plainSplit) / median(oursSplit));
		}
	}

	/** Seconds for one whole reindex; its index is deleted after it. */
	private static double reindex(ElasticsearchClient client, IndexNames names, Path source) throws IOException {
		long started = System.nanoTime();
		ReindexReport report = new Reindex(client, names, ReindexPolicy.defaults()).run(KIND,
				ContentSource.file(source));
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(report.indexed()).isEqualTo(RECORDS);
		new ContentIndex(client, names).delete(report.index());
		return seconds;
	}

	private static void row(String name, List<Double> seconds) {
		double median = median(seconds);
		System.out.printf(Locale.ROOT, "%-44s %8.2f s %,10.0f docs/s   rounds %s%n", name, median, RECORDS / median,
				format(seconds));
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
	private static double plainBulk(RestClient rest, ContentIndex index, Path bodies, int concurrency)
			throws Exception {
		long started = System.nanoTime();
		String target = index.createVersion(KIND);
		long sent = sendBulkBodies(rest, target, bodies, concurrency);
		index.finishLoad(target);
		index.refresh(target);
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(sent).isEqualTo(RECORDS);
		assertThat(index.count(target)).isEqualTo(RECORDS);
		index.delete(target);
		return seconds;
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

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().skip(1).sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static String format(List<Double> values) {
		return values.stream().map((v) -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
	}

}
