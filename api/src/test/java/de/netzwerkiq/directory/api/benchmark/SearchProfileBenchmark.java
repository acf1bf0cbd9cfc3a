package de.netzwerkiq.directory.api.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;

import de.netzwerkiq.directory.api.concepts.ConceptThesaurus;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.EngineRequests;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.testsupport.TestCluster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where Elasticsearch spends the time of the common searches (issue 22): each shape of
 * {@link Workload}, recorded as the API's engine sends it, is re-sent with
 * {@code "profile": true} after a warm-up, and the profile is summed over shards and
 * averaged over the runs: query phase per clause type (own time, children left out),
 * rewrite, collectors, each aggregation and the fetch phase's parts (_source,
 * highlighting). Run with the benchmark profile (see BENCHMARKS.md); not part of the test
 * suite.
 */
@ApiIntegrationTest
class SearchProfileBenchmark {

	private static final int RECORDS = Integer.getInteger("benchmark.records", 100_000);

	/** Variants (texts, towns) per shape. */
	private static final int VARIANTS = Integer.getInteger("benchmark.variants", 3);

	/** Unprofiled requests per variant before profiling: caches and JIT warm. */
	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 100);

	/** Profiled requests per variant. */
	private static final int RUNS = Integer.getInteger("benchmark.runs", 20);

	@Autowired
	private IndexNames names;

	@Autowired
	private Reindex reindex;

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private ElasticsearchProperties properties;

	@Autowired
	private Places places;

	@Autowired
	private OccupationThesaurus occupations;

	@Autowired
	private ConceptThesaurus concepts;

	@Autowired
	private ApplicationContext application;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void profileTheCommonShapes() throws Exception {
		Workload.loadTrainingOffers(this.reindex, RECORDS);
		EngineRequests engine = new EngineRequests(this.graphQlSource, this.client, this.names, this.properties,
				this.places, this.occupations, this.concepts, this.application);
		List<Workload.Shape> shapes = Workload.record(engine, VARIANTS);
		URI cluster = TestCluster.shared().uri();
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT,
				"Elasticsearch profile of the common searches over %s training offers: %d variants per shape, "
						+ "%d warm-up and %d profiled requests each; ms per request, summed over shards%n%n",
				Workload.format(RECORDS), VARIANTS, WARM_UP, RUNS));
		report.append(String.format(Locale.ROOT, "%-42s %8s %8s %8s %8s %8s %8s %8s%n", "shape", "took", "profiled",
				"query", "rewrite", "collect", "aggs", "fetch"));
		StringBuilder details = new StringBuilder();
		for (Workload.Shape shape : shapes) {
			Histogram took = new Histogram(3_600_000L, 3);
			Profile total = new Profile();
			Profile first = null;
			for (Workload.Request request : shape.requests()) {
				URI uri = cluster.resolve(request.directPath());
				for (int i = 0; i < WARM_UP; i++) {
					JsonNode answer = Workload.JSON.readTree(post(uri, request.directBody()));
					if (i >= WARM_UP / 2) {
						took.recordValue(Math.max(0, answer.path("took").asLong()));
					}
				}
				ObjectNode body = (ObjectNode) Workload.JSON.readTree(request.directBody());
				body.put("profile", true);
				String profiled = Workload.JSON.writeValueAsString(body);
				Profile variant = new Profile();
				for (int i = 0; i < RUNS; i++) {
					String answer = post(uri, profiled);
					JsonNode json = Workload.JSON.readTree(answer);
					variant.add(json);
					total.add(json);
					if (i == 0) {
						Path out = Path.of("target", "benchmarks",
								"profile-" + shape.name().replaceAll("[^a-z0-9]+", "-") + ".json");
						Files.createDirectories(out.getParent());
						Files.writeString(out, answer);
					}
				}
				if (first == null) {
					first = variant;
				}
			}
			report.append(String.format(Locale.ROOT, "%-42s %8.1f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f%n", shape.name(),
					took.getMean(), total.took / (double) total.runs, total.ms(total.query.nanos),
					total.ms(total.rewrite), total.ms(total.collectors.nanos), total.ms(total.aggregations.nanos),
					total.ms(total.fetch.nanos)));
			details.append(String.format(Locale.ROOT, "%n== %s (%d variants; tree of the first: %s)%n", shape.name(),
					shape.requests().size(), shape.requests().get(0).variant()));
			details.append("query, own time per clause type:\n");
			total.ownByType.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.forEach((e) -> details
					.append(String.format(Locale.ROOT, "  %-60s %8.3f ms%n", e.getKey(), total.ms(e.getValue()))));
			details.append("aggregations:\n");
			total.aggregations.print(details, total, 1, 2);
			details.append("fetch:\n");
			total.fetch.print(details, total, 1, 2);
			details.append("collectors:\n");
			total.collectors.print(details, total, 1, 3);
			details.append("query tree of the first variant (inclusive time):\n");
			first.query.print(details, first, 1, 4);
		}
		report.append(String.format(Locale.ROOT,
				"took: Elasticsearch's own time without profiling (mean of the second half of the warm-up); "
						+ "profiled: the same with profiling on; query: the query tree's time (weights, scorers, "
						+ "matching, scoring); collect: the collectors' time (includes the query's scoring); "
						+ "aggs, fetch: summed over shards%n"));
		report.append(openPointInTime(cluster));
		report.append(details);
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "profile.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/**
	 * What the second page pays before its search: the first page's cursor names the
	 * indices, and the second page opens a point-in-time over them.
	 */
	private String openPointInTime(URI cluster) throws Exception {
		Histogram open = new Histogram(60_000_000_000L, 3);
		URI uri = cluster.resolve("/" + this.names.alias(ContentKind.TRAINING_OFFERS) + "/_pit?keep_alive=1m");
		for (int i = 0; i < 200; i++) {
			long started = System.nanoTime();
			String id = Workload.JSON.readTree(post(uri, "")).path("id").asText();
			long took = System.nanoTime() - started;
			if (i >= 100) {
				open.recordValue(took);
			}
			HttpResponse<String> closed = this.http.send(HttpRequest.newBuilder(cluster.resolve("/_pit"))
				.header("Content-Type", "application/json")
				.method("DELETE", HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(closed.statusCode()).isEqualTo(200);
		}
		return String.format(Locale.ROOT,
				"opening a point-in-time (the second page's extra round trip, from the client): p50 %.2f ms, p99 %.2f ms%n",
				open.getValueAtPercentile(50) / 1e6, open.getValueAtPercentile(99) / 1e6);
	}

	private String post(URI uri, String body) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** Profiles summed over shards and runs. */
	private static final class Profile {

		long runs;

		long took;

		long rewrite;

		final Node query = new Node("query");

		final Node collectors = new Node("collectors");

		final Node aggregations = new Node("aggregations");

		final Node fetch = new Node("fetch");

		final Map<String, Long> ownByType = new LinkedHashMap<>();

		void add(JsonNode answer) {
			this.runs++;
			this.took += answer.path("took").asLong();
			for (JsonNode shard : answer.path("profile").path("shards")) {
				for (JsonNode search : shard.path("searches")) {
					this.rewrite += search.path("rewrite_time").asLong();
					for (JsonNode clause : search.path("query")) {
						this.query.nanos += clause.path("time_in_nanos").asLong();
						this.query.merge(clause, (n) -> n.path("time_in_nanos").asLong());
						own(clause);
					}
					for (JsonNode collector : search.path("collector")) {
						this.collectors.nanos += collector.path("time_in_nanos").asLong();
						this.collectors.merge(collector, (n) -> n.path("time_in_nanos").asLong());
					}
				}
				for (JsonNode aggregation : shard.path("aggregations")) {
					this.aggregations.nanos += aggregation.path("time_in_nanos").asLong();
					this.aggregations.merge(aggregation, (n) -> n.path("time_in_nanos").asLong());
				}
				JsonNode fetch = shard.path("fetch");
				if (!fetch.isMissingNode()) {
					this.fetch.nanos += fetch.path("time_in_nanos").asLong();
					for (JsonNode phase : fetch.path("children")) {
						this.fetch.merge(phase, (n) -> n.path("time_in_nanos").asLong());
					}
				}
			}
		}

		/** A clause's time without its children's, by its type. */
		private void own(JsonNode clause) {
			long own = clause.path("time_in_nanos").asLong();
			for (JsonNode child : clause.path("children")) {
				own -= child.path("time_in_nanos").asLong();
				own(child);
			}
			this.ownByType.merge(clause.path("type").asText(), own, Long::sum);
		}

		double ms(long nanos) {
			return nanos / 1e6 / this.runs;
		}

	}

	/** A node of a profile tree, merged by its label over shards and runs. */
	private static final class Node {

		final String label;

		long nanos;

		final Map<String, Node> children = new LinkedHashMap<>();

		Node(String label) {
			this.label = label;
		}

		void merge(JsonNode json, ToLongFunction<JsonNode> time) {
			String type = json.has("type") ? json.path("type").asText() : json.path("name").asText();
			String description = json.has("description") ? json.path("description").asText()
					: json.path("reason").asText();
			String label = type + " "
					+ ((description.length() > 110) ? description.substring(0, 107) + "..." : description);
			Node child = this.children.computeIfAbsent(label, Node::new);
			child.nanos += time.applyAsLong(json);
			for (JsonNode grandChild : json.path("children")) {
				child.merge(grandChild, time);
			}
		}

		void print(StringBuilder out, Profile profile, int depth, int maxDepth) {
			List<Node> sorted = new ArrayList<>(this.children.values());
			sorted.sort(Comparator.comparingLong((Node n) -> n.nanos).reversed());
			for (Node child : sorted) {
				if (depth > 1 && child.nanos < this.nanos / 50) {
					continue;
				}
				out.append(String.format(Locale.ROOT, "%s%8.3f ms  %s%n", "  ".repeat(depth), profile.ms(child.nanos),
						child.label));
				if (depth < maxDepth) {
					child.print(out, profile, depth + 1, maxDepth);
				}
			}
		}

	}

}
