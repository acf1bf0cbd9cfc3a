package de.netzwerkiq.directory.api.publishing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.RunHistory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that fails before it has a report (here: its source file is missing) is on record
 * in the run history, not only in this instance's memory: it is still listed after a
 * restart and by other instances, once, with its error.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "iq.content.directory=/nonexistent/iq-content")
class FailedRunsIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private IndexNames names;

	@Test
	void aFailedRunIsStoredWithItsErrorAndListedOnce() throws InterruptedException, IOException {
		HttpGraphQlTester editor = this.graphQl.mutate()
			.header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY)
			.build();
		String runId = editor.document("mutation { reindex(kind: CURRICULA) { id } }")
			.execute()
			.errors()
			.verify()
			.path("reindex.id")
			.entity(String.class)
			.get();
		List<Map<String, Object>> runs = List.of();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			runs = editor.document("{ reindexRuns(kind: CURRICULA, last: 50) { id status error } }")
				.execute()
				.errors()
				.verify()
				.path("reindexRuns[?(@.id == '" + runId + "')]")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			if (!runs.isEmpty() && "FAILED".equals(runs.get(0).get("status"))) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(runs).singleElement().satisfies((run) -> {
			assertThat(run).containsEntry("status", "FAILED");
			assertThat((String) run.get("error")).contains("curricula.ndjson");
		});

		// What a restarted instance, or another one, reads: the stored history.
		List<RunHistory.Entry> stored = new RunHistory(this.client, this.names).recent(ContentKind.CURRICULA, 50);
		assertThat(stored).filteredOn((entry) -> entry.id().equals(runId)).singleElement().satisfies((entry) -> {
			assertThat(entry.report()).isNull();
			assertThat(entry.failure().error()).contains("curricula.ndjson");
			assertThat(entry.failure().source()).contains("/nonexistent/iq-content");
		});
	}

}
