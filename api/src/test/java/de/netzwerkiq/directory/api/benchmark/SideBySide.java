package de.netzwerkiq.directory.api.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.HdrHistogram.Histogram;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the API and Elasticsearch direct over HTTP, request by request, so both sides see
 * the same machine state, and prints the ratios.
 */
final class SideBySide {

	private final HttpClient http = HttpClient.newHttpClient();

	final Histogram api = new Histogram(60_000_000_000L, 3);

	final Histogram direct = new Histogram(60_000_000_000L, 3);

	private long pairs;

	/**
	 * The same search both ways, the API first on even pairs and Elasticsearch first on
	 * odd ones: the second of two identical searches finds the node's caches warm (it
	 * took 0.5-0.8 ms less in Elasticsearch's own "took" when the API always went first),
	 * so a fixed order would favour one side.
	 */
	void pair(boolean measure, URI api, String apiBody, String apiExpected, URI direct, String directBody,
			String directExpected) throws IOException, InterruptedException {
		if (this.pairs++ % 2 == 0) {
			time(measure, true, api, apiBody, apiExpected);
			time(measure, false, direct, directBody, directExpected);
		}
		else {
			time(measure, false, direct, directBody, directExpected);
			time(measure, true, api, apiBody, apiExpected);
		}
	}

	/**
	 * One request; recorded unless warming up; the answer must contain what is expected.
	 */
	private void time(boolean measure, boolean toApi, URI uri, String body, String expected)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - started;
		assertThat(response.body()).contains(expected).doesNotContain("\"errors\"");
		if (measure) {
			(toApi ? this.api : this.direct).recordValue(took);
		}
	}

	/** Prints the table and writes it to target/benchmarks/{file}. */
	String report(String title, String file) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"%s: %d requests each, interleaved, one client thread, alternating which goes first%n", title,
				this.api.getTotalCount()));
		text.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s%n", "", "p50 ms", "p90 ms", "p99 ms", "mean ms"));
		row(text, "GraphQL API", this.api);
		row(text, "Elasticsearch direct", this.direct);
		text.append(String.format(Locale.ROOT, "%-26s %7.2fx %7.2fx %7.2fx %7.2fx%n", "ratio API / direct", ratio(50),
				ratio(90), ratio(99), this.api.getMean() / this.direct.getMean()));
		String report = text.toString();
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", file);
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		return report;
	}

	private static void row(StringBuilder text, String name, Histogram histogram) {
		text.append(String.format(Locale.ROOT, "%-26s %8.3f %8.3f %8.3f %8.3f%n", name,
				histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(90) / 1e6,
				histogram.getValueAtPercentile(99) / 1e6, histogram.getMean() / 1e6));
	}

	private double ratio(double percentile) {
		return (double) this.api.getValueAtPercentile(percentile) / this.direct.getValueAtPercentile(percentile);
	}

}
