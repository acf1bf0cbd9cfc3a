package de.netzwerkiq.directory.api.benchmark;

import java.net.URI;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.testsupport.TestCluster;

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

	@Test
	void graphQlVersusElasticsearchDirect() throws Exception {
		URI graphQl = URI.create("http://localhost:" + this.port + "/graphql");
		URI direct = TestCluster.shared()
			.uri()
			.resolve("/" + this.names.alias(ContentKind.ADVICE_CENTRES) + "/_search?typed_keys=true");
		SideBySide timer = new SideBySide();
		Random random = new Random(42);
		for (int i = 0; i < WARM_UP + REQUESTS; i++) {
			// A random point in Germany, the same for both sides.
			double lat = 47.5 + random.nextDouble() * 7.3;
			double lon = 6.0 + random.nextDouble() * 8.8;
			boolean measure = i >= WARM_UP;
			timer.pair(measure, graphQl, String.format(Locale.ROOT,
					"""
							{"query":"query($near: GeoPointInput!) { nearestAdviceCentres(near: $near, first: 10) \
							{ distanceMeters nearestOffice { address { city } } adviceCentre { id title { text } } } }","variables":{"near":{"lat":%f,"lon":%f}}}""",
					lat, lon), "distanceMeters", direct,
					String.format(Locale.ROOT,
							"""
									{"size":11,"timeout":"2000ms","track_total_hits":false,\
									"_source":{"includes":["id","sourceLanguage","offices","venues","title"]},"query":{"bool":{"filter":[{"exists":\
									{"field":"locations"}}]}},"sort":[{"_geo_distance":{"locations":{"lat":%f,"lon":%f},"order":"asc",\
									"unit":"m","distance_type":"arc"}},{"id":{"order":"asc"}}]}""",
							lat, lon),
					"\"hits\"");
		}
		timer.report("Nearest 10 advice centres to a random point in Germany", "nearest-advice-centres.txt");
	}

}
