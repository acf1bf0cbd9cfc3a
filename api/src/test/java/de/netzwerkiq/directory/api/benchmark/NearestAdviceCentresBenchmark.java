package de.netzwerkiq.directory.api.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.testsupport.TestCluster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nearest advice centres to me" through the API (GraphQL over HTTP) against the same
 * {@code _geo_distance}-sorted search sent straight to Elasticsearch over HTTP,
 * interleaved request by request so both see the same machine state. Run with the
 * benchmark profile (see BENCHMARKS.md); not part of the test suite.
 */
@ApiIntegrationTest
class NearestAdviceCentresBenchmark {

	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 2000);

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 3000);

	@LocalServerPort
	private int port;

	@Autowired
	private IndexNames names;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void graphQlVersusElasticsearchDirect() throws Exception {
		URI graphQl = URI.create("http://localhost:" + this.port + "/graphql");
		URI direct = TestCluster.shared()
			.uri()
			.resolve("/" + this.names.alias(ContentKind.ADVICE_CENTRES) + "/_search");
		Histogram api = new Histogram(60_000_000_000L, 3);
		Histogram elasticsearch = new Histogram(60_000_000_000L, 3);
		Random random = new Random(42);
		for (int i = 0; i < WARM_UP + REQUESTS; i++) {
			// A random point in Germany, the same for both sides.
			double lat = 47.5 + random.nextDouble() * 7.3;
			double lon = 6.0 + random.nextDouble() * 8.8;
			boolean measure = i >= WARM_UP;
			time(measure ? api : null, graphQl, String.format(Locale.ROOT,
					"""
							{"query":"query($near: GeoPointInput!) { nearestAdviceCentres(near: $near, first: 10) \
							{ distanceMeters nearestOffice { address { city } } adviceCentre { id title { text } } } }","variables":{"near":{"lat":%f,"lon":%f}}}""",
					lat, lon), "distanceMeters");
			time(measure ? elasticsearch : null, direct, String.format(Locale.ROOT,
					"""
							{"size":10,"track_total_hits":false,"query":{"exists":{"field":"locations"}},"sort":[{"_geo_distance":\
							{"locations":{"lat":%f,"lon":%f},"order":"asc","unit":"m","distance_type":"arc"}}]}""",
					lat, lon), "\"hits\"");
		}
		String report = report(api, elasticsearch);
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "nearest-advice-centres.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private void time(Histogram histogram, URI uri, String body, String expected)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - started;
		assertThat(response.body()).contains(expected).doesNotContain("\"errors\"");
		if (histogram != null) {
			histogram.recordValue(took);
		}
	}

	private static String report(Histogram api, Histogram direct) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"Nearest 10 advice centres to a random point in Germany: %d requests each, interleaved, one client thread%n",
				api.getTotalCount()));
		text.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s%n", "", "p50 ms", "p90 ms", "p99 ms", "mean ms"));
		row(text, "GraphQL API", api);
		row(text, "Elasticsearch direct", direct);
		text.append(String.format(Locale.ROOT, "%-26s %7.2fx %7.2fx %7.2fx %7.2fx%n", "ratio API / direct",
				ratio(api, direct, 50), ratio(api, direct, 90), ratio(api, direct, 99),
				api.getMean() / direct.getMean()));
		return text.toString();
	}

	private static void row(StringBuilder text, String name, Histogram histogram) {
		text.append(String.format(Locale.ROOT, "%-26s %8.3f %8.3f %8.3f %8.3f%n", name, ms(histogram, 50),
				ms(histogram, 90), ms(histogram, 99), histogram.getMean() / 1e6));
	}

	private static double ms(Histogram histogram, double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1e6;
	}

	private static double ratio(Histogram api, Histogram direct, double percentile) {
		return (double) api.getValueAtPercentile(percentile) / direct.getValueAtPercentile(percentile);
	}

}
