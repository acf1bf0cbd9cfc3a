package de.netzwerkiq.directory.indexer.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.MappingIterator;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.ContentPipeline;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.NdjsonReader;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peak live heap while reading, validating and mapping generated advice centres, in a
 * fresh JVM per run: our streaming reader at 10k and 1M records (in a 64 MB heap, which
 * alone shows it is flat) next to the naive way, reading the whole file into a list with
 * Jackson, at 10k and 100k (1M would not fit). Run with
 * {@code ./mvnw -pl indexer verify -Pbenchmark}.
 */
class SourceMemoryBenchmark {

	private static final int SAMPLE_EVERY = 25_000;

	@Test
	void streamingKeepsTheHeapFlatAsTheFileGrows() throws Exception {
		Path dir = Files.createTempDirectory("iq-memory-benchmark");
		try {
			Path small = generate(dir, 10_000);
			Path medium = generate(dir, 100_000);
			Path large = generate(dir, 1_000_000);
			List<String> rows = new ArrayList<>();
			Result ours10k = run("stream", small, "64m");
			Result ours1m = run("stream", large, "64m");
			Result naive10k = run("naive", small, "2g");
			Result naive100k = run("naive", medium, "2g");
			Result ours100k = run("stream", medium, "64m");
			rows.add(ours10k.row("stream, 10k"));
			rows.add(ours100k.row("stream, 100k"));
			rows.add(ours1m.row("stream, 1M"));
			rows.add(naive10k.row("read all (Jackson), 10k"));
			rows.add(naive100k.row("read all (Jackson), 100k"));
			System.out.println("\n| reader, records | file | -Xmx | peak live heap | time | records/s |");
			System.out.println("|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
			System.out.printf(Locale.ROOT,
					"%nStreaming peak heap 1M / 10k: %.2fx (flat is ~1). Read-all / streaming at 100k: %.1fx.%n%n",
					ours1m.peakMb / ours10k.peakMb, naive100k.peakMb / ours100k.peakMb);
			assertThat(ours1m.records).isEqualTo(1_000_000);
			assertThat(ours1m.peakMb).as("flat: 1M records need no more than twice the heap of 10k")
				.isLessThan(2 * ours10k.peakMb + 8);
		}
		finally {
			try (var files = Files.list(dir)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(dir);
		}
	}

	private static Path generate(Path dir, int count) throws IOException {
		Path file = dir.resolve("advice-centres-" + count + ".ndjson");
		try (OutputStream out = Files.newOutputStream(file)) {
			SampleContentGenerator.fromGazetteer().write(ContentKind.ADVICE_CENTRES, count, out);
		}
		return file;
	}

	private static Result run(String mode, Path file, String heap) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Probe.class.getName(),
				mode, file.toString())
			.redirectErrorStream(true)
			.start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor()).as(output).isZero();
		String last = output.strip().lines().reduce((a, b) -> b).orElseThrow();
		String[] fields = last.split(" ");
		return new Result(Long.parseLong(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
				Files.size(file), heap);
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
			Path file = Path.of(args[0].equals("stream") || args[0].equals("naive") ? args[1] : args[0]);
			@SuppressWarnings("unchecked")
			ContentPipeline<SourceRecord, ?> pipeline = (ContentPipeline<SourceRecord, ?>) ContentPipeline
				.forKind(ContentKind.ADVICE_CENTRES);
			long started = System.nanoTime();
			long[] count = { 0 };
			sample();
			if (args[0].equals("stream")) {
				new NdjsonReader<>(ContentJson.objectMapper(), pipeline.recordType()).read(ContentSource.file(file),
						(parsed) -> {
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
				try (BufferedReader reader = Files.newBufferedReader(file);
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
		private static void sample() {
			MEMORY.gc();
			peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed() / 1e6);
		}

	}

}
