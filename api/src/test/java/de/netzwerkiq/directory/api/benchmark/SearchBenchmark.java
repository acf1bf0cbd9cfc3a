package de.netzwerkiq.directory.api.benchmark;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.gazetteer.Gazetteer;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder's search (text + radius around a postal code + three facets, first page of
 * 20) through the API over HTTP, against the same request body sent straight to
 * Elasticsearch, interleaved, on 100,000 generated training offers. Run with the
 * benchmark profile (see BENCHMARKS.md); not part of the test suite.
 */
@ApiIntegrationTest
class SearchBenchmark {

	private static final OccupationThesaurus THESAURUS = new OccupationThesaurus();

	private static final int RECORDS = Integer.getInteger("benchmark.records", 100_000);

	/**
	 * Long enough for the JIT: code that runs once per request is compiled by C2 only
	 * after thousands of calls, and until then runs as slower profiling code. After 800
	 * pairs the API spent 5.0 ms of CPU on a request, after 3000 pairs 3.4 ms (timers
	 * around the request and the Elasticsearch call, thread CPU time).
	 */
	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 3000);

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 1500);

	/**
	 * Half name an occupation, in five languages, so the thesaurus expansion is measured.
	 */
	private static final List<String> TEXTS = List.of("Pflege", "Deutsch Beruf", "Anpassungsqualifizierung",
			"Kenntnisprüfung", "Coaching", "nurse", "hemşire", "медсестра", "Elektroniker", "Lehrerin");

	private static final List<String> POSTAL_CODES = List.of("10115", "20095", "80331", "50667", "60311", "70173",
			"04109", "01067", "30159", "90402");

	private static final String GRAPHQL = """
			{"query":"query($text: String, $postalCode: String) { trainingOffers(text: $text, \
			near: {postalCode: $postalCode, radiusKm: 50}, first: 20) { pageInfo { hasNextPage endCursor } \
			facets(fields: [FEDERAL_STATE, OFFER_TYPE, FORMAT]) { field values { value count } } \
			edges { cursor distanceMeters node { id title { text } } } } }",\
			"variables":{"text":"%s","postalCode":"%s"}}""";

	/**
	 * What ContentSearch sends for that query, written out by hand: compared with the
	 * client's trace log (logging.level.tracer=TRACE), including the search timeout it
	 * passes so Elasticsearch stops work the API gave up on.
	 */
	private static final String DIRECT = """
			{"size":21,"timeout":"2000ms","track_total_hits":false,"_source":{"includes":["id","sourceLanguage","offices.location","venues.location","title"]},"query":{"bool":{"must":[%s],"filter":[{"geo_distance":{"locations":\
			{"lat":%s,"lon":%s},"distance":"50.0km"}}]}},"sort":[{"_score":{"order":"desc"}},{"id":{"order":"asc"}}],\
			"aggregations":{"facet_FEDERAL_STATE":{"filter":{"match_all":{}},"aggregations":{"values":{"terms":\
			{"field":"federalStates","size":16}}}},"facet_OFFER_TYPE":{"filter":{"match_all":{}},"aggregations":\
			{"values":{"terms":{"field":"offerType","size":6}}}},"facet_FORMAT":{"filter":{"match_all":{}},\
			"aggregations":{"values":{"terms":{"field":"format","size":4}}}}}}""";

	private static final String TEXT = """
			{"multi_match":{"query":"%s","fields":["title.*^3","summary.*^2","body.*","compoundParts"],\
			"type":"best_fields","fuzziness":"AUTO","prefix_length":1,"max_expansions":20,"minimum_should_match":"2<75%%"}}""";

	/** A named occupation: its records by code, or the text as written. */
	private static final String OCCUPATION = """
			{"bool":{"should":[{"terms":{"occupations":[%s],"boost":5.0}},%s],"minimum_should_match":"1"}}""";

	@LocalServerPort
	private int port;

	@Autowired
	private IndexNames names;

	@Autowired
	private Reindex reindex;

	@Test
	void graphQlVersusElasticsearchDirect() throws Exception {
		Path source = Path.of("target", "benchmarks", ContentKind.TRAINING_OFFERS.fileName());
		Files.createDirectories(source.getParent());
		try (OutputStream out = Files.newOutputStream(source)) {
			SampleContentGenerator.fromGazetteer().write(ContentKind.TRAINING_OFFERS, RECORDS, out);
		}
		ReindexReport loaded = this.reindex.run(ContentKind.TRAINING_OFFERS, ContentSource.file(source));
		assertThat(loaded.swapped()).as(loaded.decision()).isTrue();
		assertThat(loaded.indexed()).isEqualTo(RECORDS);

		URI graphQl = URI.create("http://localhost:" + this.port + "/graphql");
		URI direct = de.netzwerkiq.directory.testsupport.TestCluster.shared()
			.uri()
			.resolve("/" + this.names.alias(ContentKind.TRAINING_OFFERS) + "/_search?typed_keys=true");
		Gazetteer gazetteer = Gazetteer.germany();
		SideBySide timer = new SideBySide();
		Random random = new Random(42);
		for (int i = 0; i < WARM_UP + REQUESTS; i++) {
			String text = TEXTS.get(random.nextInt(TEXTS.size()));
			String postalCode = POSTAL_CODES.get(random.nextInt(POSTAL_CODES.size()));
			GeoLocation point = gazetteer.postalCode(postalCode).orElseThrow().location();
			boolean measure = i >= WARM_UP;
			timer.pair(measure, graphQl, String.format(Locale.ROOT, GRAPHQL, text, postalCode), "\"facets\"", direct,
					String.format(Locale.ROOT, DIRECT, must(text), point.lat(), point.lon()), "\"aggregations\"");
		}
		timer.report(String.format(Locale.ROOT,
				"Training offers: text + 50 km around a postal code + 3 facets, first 20, over %,d documents", RECORDS),
				"search.txt");
	}

	/**
	 * The text clauses, with the thesaurus's codes for a named occupation, as an engineer
	 * who knows the codes would write them.
	 */
	private static String must(String text) {
		OccupationText read = THESAURUS.read(text);
		String fullText = String.format(Locale.ROOT, TEXT, text);
		if (read.matches().isEmpty()) {
			return fullText;
		}
		String codes = String.join(",", read.codes().stream().map((code) -> "\"" + code + "\"").toList());
		String occupation = String.format(Locale.ROOT, OCCUPATION, codes, fullText);
		return read.remainder().isBlank() ? occupation
				: occupation + "," + String.format(Locale.ROOT, TEXT, read.remainder());
	}

}
