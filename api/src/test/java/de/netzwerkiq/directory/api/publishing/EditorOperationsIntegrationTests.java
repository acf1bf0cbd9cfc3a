package de.netzwerkiq.directory.api.publishing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class EditorOperationsIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private co.elastic.clients.elasticsearch.ElasticsearchClient client;

	@Autowired
	private IndexNames names;

	@LocalServerPort
	private int port;

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY).build();
	}

	@Test
	void mutationsAndRunsWithoutAKeyAreRefusedWithAClearErrorAndChangeNothing() {
		ContentIndex index = new ContentIndex(this.client, this.names);
		var before = index.live(ContentKind.CURRICULA);
		this.graphQl.document("mutation { rollback(kind: CURRICULA) { to } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("UNAUTHORIZED");
				assertThat(error.getMessage()).contains("needs an editor API key");
			}));
		this.graphQl.document("mutation { unpublish(kind: CURRICULA, id: \"sample-cu-0000000\") }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getErrorType().toString())
				.containsExactly("UNAUTHORIZED"));
		this.graphQl.document("{ reindexRuns { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getErrorType().toString())
				.containsExactly("UNAUTHORIZED"));
		// Whatever the arguments: an anonymous caller learns nothing about them.
		for (String document : List.of("{ reindexRuns(last: 1000000000) { id } }", "{ reindexRuns(last: 0) { id } }",
				"{ reindexRuns(last: null) { id } }",
				"mutation { publish(kind: CURRICULA, ndjson: \"\") { published } }",
				"mutation { unpublish(kind: CURRICULA, id: \"\") }")) {
			this.graphQl.document(document)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(document)
					.extracting((e) -> e.getErrorType().toString())
					.containsExactly("UNAUTHORIZED"));
		}
		assertThat(index.live(ContentKind.CURRICULA)).isEqualTo(before);
		assertThat(index.count(this.names.alias(ContentKind.CURRICULA))).isEqualTo(64);
		// Queries stay public.
		this.graphQl.document("{ curriculum(slug: \"no-such\") { id } }").execute().errors().verify();
	}

	@Test
	void runsFromOutsideThisApiAreOnRecordToo() {
		// The sample was loaded at start-up through the library, not a mutation.
		editor()
			.document("{ reindexRuns(kind: CURRICULA, last: 50) { kind status source report { indexed swapped } } }")
			.execute()
			.errors()
			.verify()
			.path("reindexRuns[*].source")
			.entityList(String.class)
			.contains("sample-content/curricula.ndjson")
			.path("reindexRuns[*].report.indexed")
			.entityList(Integer.class)
			.contains(64);
		// An explicit null is the default, as a variable too.
		editor().document("query($last: Int) { reindexRuns(last: $last) { id rejections(first: null) { reason } } }")
			.variable("last", null)
			.execute()
			.errors()
			.verify()
			.path("reindexRuns")
			.entityList(Object.class)
			.satisfies((runs) -> assertThat(runs).hasSizeBetween(1, 10));
		editor().document("{ reindexRuns(last: 51) { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getMessage())
				.containsExactly("last must be between 1 and 50 (got 51)"));
	}

	@Test
	void workHoldingAKindsLockInAnotherProcessIsListedAsRunning() throws Exception {
		// What the CLI on an editor's laptop writes while it reindexes curricula.
		Instant since = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> lease = Map.of("kind", "curricula", "owner", "editor-laptop/pid 4242", "acquiredAt",
				since.toString(), "expiresAt", since.plusSeconds(600).toString(), "task",
				"reindex from /data/curricula.ndjson", "recordsRead", 42000);
		this.client.index((i) -> i.index(this.names.locks()).id("curricula").document(lease).refresh(Refresh.True));
		String runs = "{ reindexRuns(kind: CURRICULA, last: 50) { status source startedAt finishedAt runBy recordsRead report { indexed } } }";
		try {
			List<Map<String, Object>> running = editor().document(runs)
				.execute()
				.errors()
				.verify()
				.path("reindexRuns[?(@.status == 'RUNNING')]")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(running).singleElement().satisfies((run) -> {
				assertThat(run).containsEntry("runBy", "editor-laptop/pid 4242")
					.containsEntry("source", "reindex from /data/curricula.ndjson")
					.containsEntry("startedAt", since.toString())
					.containsEntry("finishedAt", null)
					.containsEntry("recordsRead", 42000)
					.containsEntry("report", null);
			});
		}
		finally {
			this.client.delete((d) -> d.index(this.names.locks()).id("curricula").refresh(Refresh.True));
		}
		editor().document(runs)
			.execute()
			.errors()
			.verify()
			.path("reindexRuns[*].status")
			.entityList(String.class)
			.doesNotContain("RUNNING");
	}

	@Test
	void aWrongKeyIsAnswered401BeforeAnythingRuns() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.header("Authorization", "Bearer not-the-right-key-at-all-000000")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "mutation { unpublish(kind: CURRICULA, id: \"sample-cu-0000000\") }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("The API key is not valid").contains("UNAUTHORIZED"));
		assertThat(new ContentIndex(this.client, this.names).count(this.names.alias(ContentKind.CURRICULA)))
			.isEqualTo(64);
	}

	@Test
	void anEditorReindexesFollowsTheRunRollsBackPublishesAndUnpublishes() throws InterruptedException {
		String runId = editor().document("mutation { reindex(kind: START_UP_RESOURCES) { id status kind } }")
			.execute()
			.errors()
			.verify()
			.path("reindex.id")
			.entity(String.class)
			.get();
		String status = "RUNNING";
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (status.equals("RUNNING") && System.nanoTime() < deadline) {
			Thread.sleep(200);
			status = editor().document(
					"""
							{ reindexRuns(kind: START_UP_RESOURCES, last: 5) { id status report { swapped indexed decision durationMillis } rejections { line } } }""")
				.execute()
				.errors()
				.verify()
				.path("reindexRuns[?(@.id == '" + runId + "')].status")
				.entityList(String.class)
				.get()
				.get(0);
		}
		assertThat(status).isEqualTo("SWAPPED");
		// A finished run has read all its records; the stored history says the same.
		List<Map<String, Object>> finished = editor()
			.document("{ reindexRuns(kind: START_UP_RESOURCES, last: 5) { id recordsRead report { records } } }")
			.execute()
			.errors()
			.verify()
			.path("reindexRuns[?(@.id == '" + runId + "')].recordsRead")
			.entityList(Integer.class)
			.containsExactly(SampleContentGenerator.BUNDLED.get(ContentKind.START_UP_RESOURCES))
			.path("reindexRuns[?(@.report != null)]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(finished).hasSizeGreaterThan(1)
			.allSatisfy((run) -> assertThat(run.get("recordsRead"))
				.isEqualTo(((Map<?, ?>) run.get("report")).get("records")));

		editor().document("mutation { rollback(kind: START_UP_RESOURCES) { kind from to } }")
			.execute()
			.errors()
			.verify()
			.path("rollback.kind")
			.entity(String.class)
			.isEqualTo("START_UP_RESOURCES");
		editor().document("mutation { rollback(kind: START_UP_RESOURCES) { to } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage())
					.startsWith("There is no earlier published version of start-up-resources");
			}));

		String record = """
				{"id":"sr-editor-1","slug":"leitfaden-neu","sourceLanguage":"de","title":{"de":"Neuer Leitfaden"},\
				"topics":["BUSINESS_PLAN"],"provider":"Testträger","resourceType":"GUIDE","languages":["de"],\
				"url":"https://example.org/neu","updatedAt":"2026-11-20T10:00:00Z","lastVerified":"2026-11-20"}""";
		editor().document(
				"mutation($ndjson: String!) { publish(kind: START_UP_RESOURCES, ndjson: $ndjson) { published rejections { line pointer reason } } }")
			.variable("ndjson",
					record + "\n" + record.replace("sr-editor-1", "sr-editor-2").replace("leitfaden-neu", "x"))
			.execute()
			.errors()
			.verify()
			.path("publish.published")
			.entityList(String.class)
			.containsExactly("sr-editor-1")
			.path("publish.rejections[0].pointer")
			.entity(String.class)
			.isEqualTo("/slug");
		this.graphQl.document("{ startUpResource(slug: \"leitfaden-neu\") { id title { text } } }")
			.execute()
			.path("startUpResource.title.text")
			.entity(String.class)
			.isEqualTo("Neuer Leitfaden");
		editor().document("mutation { unpublish(kind: START_UP_RESOURCES, id: \"sr-editor-1\") }")
			.execute()
			.path("unpublish")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.graphQl.document("{ startUpResource(slug: \"leitfaden-neu\") { id } }")
			.execute()
			.path("startUpResource")
			.valueIsNull();
	}

}
