package de.netzwerkiq.directory.api.relevance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the judged queries: each is sent through the public GraphQL API as a
 * finder sends it (cross-kind {@code search} with the text and the query's language), its
 * top 10 graded against the bundled sample content, and nDCG@10, success@1 and the share
 * of empty answers printed per language, per class and overall, for the development and
 * the held-out test set. Run with {@code -Prelevance} (see RELEVANCE.md); not part of the
 * test suite. It fails only when a search fails, never on low figures.
 */
@ApiIntegrationTest
class RelevanceEvaluation {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Path OUT = Path.of("target", "relevance");

	private static final String DOCUMENT = """
			query($text: String, $language: String, $near: NearInput, $filter: ContentFilter) {
			  search(text: $text, language: $language, near: $near, filter: $filter, first: 10) {
			    totalCount
			    edges {
			      kind
			      node {
			        ... on AdviceCentre { recordId }
			        ... on TrainingOffer { recordId }
			        ... on Curriculum { recordId }
			        ... on StartUpResource { recordId }
			      }
			    }
			  }
			}""";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void evaluateDevelopmentAndTestSets() throws Exception {
		Corpus corpus = Corpus.sample();
		Files.createDirectories(OUT);
		StringBuilder report = new StringBuilder();
		List<String> errors = new ArrayList<>();
		for (String set : List.of("dev", "test")) {
			List<QueryResult> results = new ArrayList<>();
			for (JudgedQuery query : QueryFile.read("relevance/" + set + ".jsonl")) {
				results.add(run(query, corpus));
			}
			results.stream().filter((r) -> r.error() != null).forEach((r) -> errors.add(r.query().id()));
			String summary = RelevanceReport.summary(set, results);
			report.append(summary).append(System.lineSeparator());
			if (set.equals("dev")) {
				String worst = RelevanceReport.worst(set, results);
				report.append(worst).append(System.lineSeparator());
				Files.writeString(OUT.resolve("dev-worst.txt"), worst);
			}
			Files.writeString(OUT.resolve(set + "-queries.tsv"), RelevanceReport.perQuery(results));
		}
		Files.writeString(OUT.resolve("summary.txt"), report);
		System.out.println();
		System.out.println(report);
		assertThat(errors).as("queries whose search failed").isEmpty();
	}

	private QueryResult run(JudgedQuery query, Corpus corpus) throws IOException, InterruptedException {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("text", query.text());
		variables.put("language", query.language());
		variables.put("near", query.near());
		variables.put("filter",
				query.kinds().isEmpty() ? null : Map.of("kinds", query.kinds().stream().map(Enum::name).toList()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", DOCUMENT);
		body.put("variables", variables);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", query.language())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		JsonNode answer = JSON.readTree(response.body());
		List<Integer> corpusGrades = corpus.grades(query);
		if (answer.path("errors").size() > 0 || answer.at("/data/search").isMissingNode()) {
			return QueryResult.of(query, List.of(), 0, corpusGrades,
					response.statusCode() + " " + answer.path("errors"));
		}
		JsonNode search = answer.at("/data/search");
		List<QueryResult.Hit> hits = new ArrayList<>();
		for (JsonNode edge : search.path("edges")) {
			String id = edge.at("/node/recordId").asText();
			// A hit not in the sample files (cannot happen with the bundled content)
			// grades 0.
			hits.add(corpus.byId(id)
				.map((entry) -> new QueryResult.Hit(id, query.grade(entry.kind(), entry.record()), entry.title()))
				.orElse(new QueryResult.Hit(id, 0, "(" + ContentKind.valueOf(edge.path("kind").asText()) + " " + id
						+ ": not in the sample files)")));
		}
		return QueryResult.of(query, hits, search.path("totalCount").asInt(), corpusGrades, null);
	}

}
