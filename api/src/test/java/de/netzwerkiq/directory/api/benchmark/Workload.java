package de.netzwerkiq.directory.api.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerkiq.directory.api.search.EngineRequests;
import de.netzwerkiq.directory.api.support.GeneratedContent;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common search shapes of issue 22 (the finder search, the finder app's whole first
 * page, advice centres near a place by distance, a text-only search across kinds, a page
 * of facets without text, map clusters at zoom 6 and 10, a later page through a cursor),
 * each as the GraphQL request a client sends and the one Elasticsearch request the API's
 * engine sends for it, recorded through {@link EngineRequests}, never written out.
 */
final class Workload {

	static final ObjectMapper JSON = new ObjectMapper();

	static final List<String> TEXTS = List.of("Pflege", "Deutsch Beruf", "Anpassungsqualifizierung", "Kenntnisprüfung",
			"Coaching", "nurse", "hemşire", "медсестра", "Elektroniker", "Lehrerin");

	static final List<String> POSTAL_CODES = List.of("10115", "20095", "80331", "50667", "60311", "70173", "04109",
			"01067", "30159", "90402");

	/**
	 * The towns of the postal codes above, with a box of about 50 by 40 km around each.
	 */
	static final List<Town> TOWNS = List.of(new Town("Berlin", 52.52, 13.40), new Town("Hamburg", 53.55, 10.00),
			new Town("München", 48.14, 11.58), new Town("Köln", 50.94, 6.96),
			new Town("Frankfurt am Main", 50.11, 8.68), new Town("Stuttgart", 48.78, 9.18),
			new Town("Leipzig", 51.34, 12.37), new Town("Dresden", 51.05, 13.74), new Town("Hannover", 52.37, 9.74),
			new Town("Nürnberg", 49.45, 11.08));

	static final String FINDER = "query($text: String, $postalCode: String, $after: String) { trainingOffers(text: $text, "
			+ "near: {postalCode: $postalCode, radiusKm: 50}, first: 20, after: $after) { pageInfo { hasNextPage endCursor } "
			+ "facets(fields: [FEDERAL_STATE, OFFER_TYPE, FORMAT]) { field values { value count } } "
			+ "edges { cursor distanceMeters node { id title { text } } } } }";

	/**
	 * What "more results" asks for: the next page without facets (the finder app's
	 * $firstPage).
	 */
	static final String NEXT_PAGE = "query($text: String, $postalCode: String, $after: String) { trainingOffers(text: $text, "
			+ "near: {postalCode: $postalCode, radiusKm: 50}, first: 20, after: $after) { pageInfo { hasNextPage endCursor } "
			+ "edges { cursor distanceMeters node { id title { text } } } } }";

	static final String NEAR_PLACE = "query($place: String) { adviceCentres(near: {place: $place, radiusKm: 50}, "
			+ "sort: DISTANCE, first: 20) { pageInfo { hasNextPage endCursor } "
			+ "edges { cursor distanceMeters nearestSite { name } node { id title { text } } } } }";

	static final String ACROSS_KINDS = "query($text: String) { search(text: $text, first: 20) { "
			+ "pageInfo { hasNextPage endCursor } facets(fields: [KIND]) { field values { value count } } "
			+ "edges { cursor kind highlights { field language fragments } node { ... on Node { id } } } } }";

	static final String FACETS_ONLY = "query($filter: TrainingOfferFilter) { trainingOffers(filter: $filter, first: 20) { "
			+ "pageInfo { hasNextPage endCursor } "
			+ "facets(fields: [FEDERAL_STATE, OFFER_TYPE, FORMAT, RECOGNITION_GOAL, FUNDING]) { field values { value count } } "
			+ "edges { cursor node { id title { text } } } } }";

	static final String CLUSTERS = "query($within: BoundingBoxInput, $zoom: Int!) { trainingOffers(within: $within, first: 1) { "
			+ "clusters(zoom: $zoom) { count tile centroid { lat lon } } edges { node { id } } } }";

	private Workload() {
	}

	/**
	 * Every shape with its variants, recorded against what is loaded now; a shape's
	 * variants are cut to {@code variants} (all when larger than its list).
	 */
	static List<Shape> record(EngineRequests engine, int variants) throws IOException {
		List<Shape> shapes = new ArrayList<>();
		List<Map<String, Object>> finder = new ArrayList<>();
		for (int i = 0; i < TEXTS.size() * POSTAL_CODES.size(); i++) {
			// Text and town vary together, so a cut keeps different texts and towns.
			finder.add(variables("text", TEXTS.get(i % TEXTS.size()), "postalCode",
					POSTAL_CODES.get((i + i / TEXTS.size()) % POSTAL_CODES.size())));
		}
		shapes.add(shape(engine, "finder search", FINDER, cut(finder, variants), 0));
		shapes.add(shape(engine, "finder app's first page", finderDocument(),
				cut(finder.stream()
					.map((v) -> variables("text", v.get("text"), "near",
							Map.of("postalCode", v.get("postalCode"), "radiusKm", 50)))
					.toList(), variants),
				0));
		shapes.add(shape(engine, "advice centres near a place, by distance", NEAR_PLACE,
				cut(TOWNS.stream().map((t) -> variables("place", t.name())).toList(), variants), 0));
		shapes.add(shape(engine, "text only, all kinds", ACROSS_KINDS,
				cut(TEXTS.stream().map((t) -> variables("text", t)).toList(), variants), 0));
		List<Map<String, Object>> facets = new ArrayList<>();
		facets.add(variables());
		for (String state : List.of("DE_BE", "DE_BY", "DE_NW", "DE_HH", "DE_SN", "DE_HE", "DE_NI", "DE_BW", "DE_TH")) {
			facets.add(variables("filter", Map.of("federalStates", List.of(state))));
		}
		shapes.add(shape(engine, "facets only, no text", FACETS_ONLY, cut(facets, variants), 0));
		// One map of Germany: a map at zoom 6 is the whole country, and every user sees
		// the same.
		shapes.add(shape(engine, "map clusters, zoom 6 (Germany)", CLUSTERS,
				List.of(variables("zoom", 6, "within", box(51.1, 10.4, 4.0, 5.0))), 0));
		shapes.add(shape(engine, "map clusters, zoom 10 (a city)", CLUSTERS, cut(
				TOWNS.stream().map((t) -> variables("zoom", 10, "within", box(t.lat(), t.lon(), 0.2, 0.35))).toList(),
				variants), 0));
		// From all finder variants: the first that have a third page.
		shapes.add(shape(engine, "next page through a cursor", NEXT_PAGE, finder, 2, variants));
		return shapes;
	}

	/**
	 * @param pages how many pages to turn first: 0 for a first page; 2 reads page 3,
	 * whose cursor continues the point-in-time page 2 opened (page 2 opens one per
	 * request, see BENCHMARKS.md)
	 */
	private static Shape shape(EngineRequests engine, String name, String query, List<Map<String, Object>> variants,
			int pages) throws IOException {
		return shape(engine, name, query, variants, pages, variants.size());
	}

	/**
	 * As above, with at most {@code wanted} variants, skipping those with too few pages.
	 */
	private static Shape shape(EngineRequests engine, String name, String query, List<Map<String, Object>> variants,
			int pages, int wanted) throws IOException {
		List<Request> requests = new ArrayList<>();
		variants: for (Map<String, Object> variables : variants) {
			if (requests.size() == wanted) {
				break;
			}
			Map<String, Object> page = new LinkedHashMap<>(variables);
			for (int i = 0; i < pages; i++) {
				String after = endCursor(engine.run(query, page).data());
				if (after == null) {
					continue variants;
				}
				page.put("after", after);
			}
			EngineRequests.Recorded recorded = engine.run(query, page);
			assertThat(recorded.requests()).as("requests the API sends for %s %s (more than one: relaxed)", name, page)
				.hasSize(1);
			SearchRequest sent = recorded.last();
			Map<String, Object> graphQl = new LinkedHashMap<>();
			graphQl.put("query", query);
			graphQl.put("variables", page);
			requests.add(new Request(name, page.toString(), JSON.writeValueAsString(graphQl), EngineRequests.path(sent),
					engine.body(sent)));
		}
		return new Shape(name, requests);
	}

	/** The cursor of the page's last result; null when it is the last page. */
	@SuppressWarnings("unchecked")
	private static String endCursor(Map<String, Object> data) {
		Map<String, Object> connection = (Map<String, Object>) data.values().iterator().next();
		Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
		return Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
	}

	/** The finder app's own document for its training-offer page. */
	private static String finderDocument() throws IOException {
		try (InputStream in = Workload.class.getClassLoader()
			.getResourceAsStream("static/finder/documents/trainingOffers.graphql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, Object> variables(Object... pairs) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			variables.put((String) pairs[i], pairs[i + 1]);
		}
		return variables;
	}

	private static Map<String, Object> box(double lat, double lon, double halfLat, double halfLon) {
		return Map.of("north", lat + halfLat, "south", lat - halfLat, "east", lon + halfLon, "west", lon - halfLon);
	}

	private static <T> List<T> cut(List<T> list, int variants) {
		return list.subList(0, Math.min(variants, list.size()));
	}

	/**
	 * Loads {@code records} generated training offers through the indexer, streamed from
	 * the generator (no file: a million offers are 1.8 GB of NDJSON).
	 */
	static ReindexReport loadTrainingOffers(Reindex reindex, long records) throws IOException {
		ContentSource generated = GeneratedContent.of(ContentKind.TRAINING_OFFERS, records);
		ReindexReport loaded = reindex.run(ContentKind.TRAINING_OFFERS, generated);
		assertThat(loaded.swapped()).as(loaded.decision()).isTrue();
		assertThat(loaded.indexed()).isEqualTo(records);
		return loaded;
	}

	static String format(long records) {
		return String.format(Locale.ROOT, "%,d", records);
	}

	/**
	 * A town with its centre.
	 *
	 * @param name as a person types it
	 * @param lat latitude
	 * @param lon longitude
	 */
	record Town(String name, double lat, double lon) {
	}

	/**
	 * One shape and its recorded requests.
	 *
	 * @param name what it is
	 * @param requests one per variant
	 */
	record Shape(String name, List<Request> requests) {
	}

	/**
	 * One search both ways.
	 *
	 * @param shape the shape's name
	 * @param variant its variables, for reports
	 * @param apiBody the GraphQL request
	 * @param directPath where the engine sends its request (indices and parameters)
	 * @param directBody the engine's request body
	 */
	record Request(String shape, String variant, String apiBody, String directPath, String directBody) {
	}

}
