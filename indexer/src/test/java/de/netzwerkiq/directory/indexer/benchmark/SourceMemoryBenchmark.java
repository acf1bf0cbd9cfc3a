package de.netzwerkiq.directory.indexer.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.MappingIterator;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ElasticsearchClients;
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
 * Peak live heap while reading, validating and mapping generated advice centres, in a
 * fresh JVM per run fed through its standard input: our streaming reader at 10k and 1M
 * records (in a 64 MB heap, which alone shows it is flat) next to the naive way, reading
 * the whole file into a list with Jackson, at 10k and 100k (1M would not fit); and the
 * whole reindex into Elasticsearch at 10k, 100k and 1M in the same 64 MB. Run with
 * {@code ./mvnw -pl indexer verify -Pbenchmark -Dit.test=SourceMemoryBenchmark}.
 */
@ElasticsearchIntegrationTest
class SourceMemoryBenchmark {

	private static final int SAMPLE_EVERY = 25_000;

	@Test
	void streamingKeepsTheHeapFlatAsTheFileGrows() throws Exception {
		Result ours10k = run("stream", 10_000, "64m");
		Result ours100k = run("stream", 100_000, "64m");
		Result ours1m = run("stream", 1_000_000, "64m");
		Result naive10k = run("naive", 10_000, "2g");
		Result naive100k = run("naive", 100_000, "2g");
		System.out.println("\n| reader, records | input | -Xmx | peak live heap | time | records/s |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.println(ours10k.row("stream, 10k"));
		System.out.println(ours100k.row("stream, 100k"));
		System.out.println(ours1m.row("stream, 1M"));
		System.out.println(naive10k.row("read all (Jackson), 10k"));
		System.out.println(naive100k.row("read all (Jackson), 100k"));
		System.out.printf(Locale.ROOT,
				"%nStreaming peak heap 1M / 10k: %.2fx (flat is ~1). Read-all / streaming at 100k: %.1fx.%n%n",
				ours1m.peakMb / ours10k.peakMb, naive100k.peakMb / ours100k.peakMb);
		assertThat(ours1m.records).isEqualTo(1_000_000);
		assertThat(ours1m.peakMb).as("flat: 1M records need no more than twice the heap of 10k")
			.isLessThan(2 * ours10k.peakMb + 8);
	}

	/**
	 * The whole reindex (read, validate, map, BulkIngester into Elasticsearch, checks,
	 * swap), live heap sampled every second while it runs. The largest run is a property
	 * ({@code -Dbenchmark.reindexLargest}, default 1,000,000), the heap too
	 * ({@code -Dbenchmark.reindexHeap}, default 384m).
	 */
	@Test
	void reindexingHeapAsTheFileGrows(TestCluster cluster) throws Exception {
		String prefix = TestIndexPrefix.forClass(getClass());
		int largest = Integer.getInteger("benchmark.reindexLargest", 1_000_000);
		String heap = System.getProperty("benchmark.reindexHeap", "384m");
		Result small = run("reindex", 10_000, heap, cluster.uri().toString(), prefix);
		Result medium = run("reindex", 100_000, heap, cluster.uri().toString(), prefix);
		Result large = run("reindex", largest, heap, cluster.uri().toString(), prefix);
		System.out.println("\n| full reindex, records | input | -Xmx | peak live heap | time | records/s |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.println(small.row("reindex, 10k"));
		System.out.println(medium.row("reindex, 100k"));
		System.out.println(large.row(String.format(Locale.ROOT, "reindex, %,d", largest)));
		System.out.printf(Locale.ROOT, "%nReindex peak heap %,d / 10k: %.2fx (flat is ~1); %.0f bytes per record.%n%n",
				largest, large.peakMb / small.peakMb, (large.peakMb - small.peakMb) * 1e6 / (largest - 10_000));
		ElasticsearchClient client = cluster.newClient();
		// Elasticsearch deletes only indices named exactly.
		List<String> created = List.copyOf(client.indices().get((g) -> g.index(prefix + "*")).result().keySet());
		client.indices().delete((d) -> d.index(created));
		client._transport().close();
		assertThat(large.records).isEqualTo(largest);
	}

	/**
	 * Runs a probe JVM reading generated advice centres from its standard input; this JVM
	 * generates them, so the probe's heap holds only what reading needs.
	 */
	private static Result run(String mode, int count, String heap, String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
						"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Probe.class.getName(), mode));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		long[] bytes = { 0 };
		Thread feeder = new Thread(() -> {
			try (OutputStream in = new CountingOutputStream(process.getOutputStream(), bytes)) {
				SampleContentGenerator.fromGazetteer().write(ContentKind.ADVICE_CENTRES, count, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		feeder.start();
		String output;
		try (InputStream out = process.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		feeder.join();
		assertThat(process.waitFor()).as(output).isZero();
		String[] fields = output.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
		return new Result(Long.parseLong(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
				bytes[0], heap);
	}

	private static final class CountingOutputStream extends java.io.FilterOutputStream {

		private final long[] count;

		CountingOutputStream(OutputStream out, long[] count) {
			super(new java.io.BufferedOutputStream(out, 1 << 16));
			this.count = count;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count[0] += len;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count[0]++;
		}

	}

	private record Result(long records, double peakMb, double seconds, long fileBytes, String heap) {

		String row(String label) {
			return String.format(Locale.ROOT, "| %s | %.0f MB | %s | %.1f MB | %.1f s | %,.0f |", label,
					this.fileBytes / 1e6, this.heap, this.peakMb, this.seconds, this.records / this.seconds);
		}

	}

	/** Runs in the child JVM; prints "records peakLiveHeapMb seconds". */
	public static final class Probe {

		private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

		private static double peak;

		public static void main(String[] args) throws IOException {
			@SuppressWarnings("unchecked")
			ContentPipeline<SourceRecord, ?> pipeline = (ContentPipeline<SourceRecord, ?>) ContentPipeline
				.forKind(ContentKind.ADVICE_CENTRES);
			long started = System.nanoTime();
			long[] count = { 0 };
			sample();
			if (args[0].equals("reindex")) {
				ElasticsearchClient client = ElasticsearchClients.connect(List.of(URI.create(args[1])));
				Thread sampler = new Thread(() -> {
					while (true) {
						try {
							Thread.sleep(1000);
						}
						catch (InterruptedException ex) {
							return;
						}
						sample();
					}
				});
				sampler.setDaemon(true);
				sampler.start();
				// A reindex may read its source twice (lines that may repeat a key are
				// decided last), as the CLI reads a file.
				Path file = Files.createTempFile("iq-directory-probe", ".ndjson");
				Files.copy(System.in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				ReindexReport report = new Reindex(client, new IndexNames(args[2]), ReindexPolicy.defaults())
					.run(ContentKind.ADVICE_CENTRES, ContentSource.file(file));
				Files.delete(file);
				sampler.interrupt();
				count[0] = report.indexed();
				client._transport().close();
			}
			else if (args[0].equals("stream")) {
				new NdjsonReader<>(ContentJson.objectMapper(), pipeline.recordType())
					.read(new ContentSource("stdin", () -> System.in), (parsed) -> {
						pipeline.validate(parsed.value());
						pipeline.toDocument(parsed.value(), parsed.position());
						if (++count[0] % SAMPLE_EVERY == 0) {
							sample();
						}
					}, (rejection) -> {
						throw new IllegalStateException(rejection.toString());
					});
			}
			else {
				List<SourceRecord> all;
				try (BufferedReader reader = new BufferedReader(
						new InputStreamReader(System.in, StandardCharsets.UTF_8));
						MappingIterator<SourceRecord> records = ContentJson.objectMapper()
							.readerFor(pipeline.recordType())
							.readValues(reader)) {
					all = records.readAll();
				}
				sample();
				for (SourceRecord record : all) {
					pipeline.validate(record);
					if (++count[0] % SAMPLE_EVERY == 0) {
						sample();
					}
				}
			}
			sample();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.println(count[0] + " " + String.format(Locale.ROOT, "%.1f", peak) + " "
					+ String.format(Locale.ROOT, "%.2f", seconds));
		}

		/** Live heap: used after a full collection. */
		private static synchronized void sample() {
			MEMORY.gc();
			peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed() / 1e6);
		}

	}

}
