package de.netzwerkiq.directory.api.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.GraphQlResults;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexPolicy;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static de.netzwerkiq.directory.indexer.content.ContentKind.CURRICULA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app keeps a copy of the curricula by sync through reindexes, publishes, unpublishes
 * and a rollback, and ends each time with exactly what a sync from scratch returns.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "iq.sync.token-secret=" + SyncIntegrationTests.SECRET)
class SyncIntegrationTests {

	static final String SECRET = "sync-test-secret-0123456789abcdefghij";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private Reindex reindex;

	@Autowired
	private co.elastic.clients.elasticsearch.ElasticsearchClient client;

	@Autowired
	private IndexNames names;

	@Autowired
	private ChangeLog changeLog;

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY).build();
	}

	@Test
	void anAppThatSyncsEndsWithExactlyTheLiveRecordsThroughReindexPublishUnpublishAndRollback() throws IOException {
		List<String> lines = sample(CURRICULA);
		this.reindex.run(CURRICULA, source(lines));
		LocalCopy app = new LocalCopy();

		// The initial sync, with a reindex between its pages: what changed comes after.
		Map<String, Object> firstPage = sync(null, 7);
		assertThat((Boolean) firstPage.get("hasMore")).isTrue();
		app.apply(firstPage);
		List<String> edited = new ArrayList<>(lines);
		edited.set(0, retitled(edited.get(0), "Während der ersten Synchronisation geändert"));
		edited.set(60, retitled(edited.get(60), "Auch geändert"));
		this.reindex.run(CURRICULA, source(edited));
		String token = app.syncAll((String) firstPage.get("token"));
		assertThat(app.differencesFrom(fromScratch())).isEmpty();
		assertThat(app.records).hasSize(64);
		assertThat(app.title("sample-cu-0000000")).isEqualTo("Während der ersten Synchronisation geändert");

		// Nothing changed: nothing comes, even after a reindex of the same content with
		// lines moved.
		List<String> moved = new ArrayList<>(edited);
		java.util.Collections.swap(moved, 10, 11);
		this.reindex.run(CURRICULA, source(moved));
		Map<String, Object> quiet = sync(token, 100);
		assertThat(GraphQlResults.list(quiet.get("records"))).isEmpty();
		assertThat((List<?>) quiet.get("deletedIds")).isEmpty();
		assertThat((Boolean) quiet.get("hasMore")).isFalse();
		token = (String) quiet.get("token");

		// A reindex that changes three records and removes one.
		List<String> changed = new ArrayList<>(moved);
		changed.set(3, retitled(changed.get(3), "Drei A"));
		changed.set(4, retitled(changed.get(4), "Drei B"));
		changed.set(5, retitled(changed.get(5), "Drei C"));
		String removed = id(changed.remove(6));
		this.reindex.run(CURRICULA, source(changed));
		Map<String, Object> delta = sync(token, 100);
		assertThat(GraphQlResults.list(delta.get("records"))).extracting((r) -> r.get("recordId"))
			.containsExactlyInAnyOrder(id(changed.get(3)), id(changed.get(4)), id(changed.get(5)));
		assertThat(delta.get("deletedIds")).isEqualTo(List.of(globalId(removed)));
		app.apply(delta);
		token = (String) delta.get("token");

		// A publish and an unpublish, through the editors' mutations.
		editor().document("mutation($ndjson: String!) { publish(kind: CURRICULA, ndjson: $ndjson) { published } }")
			.variable("ndjson", retitled(changed.get(8), "Um 17 Uhr veröffentlicht") + "\n")
			.execute()
			.path("publish.published")
			.entityList(String.class)
			.containsExactly(id(changed.get(8)));
		editor().document("mutation($id: ID!) { unpublish(kind: CURRICULA, id: $id) }")
			.variable("id", id(changed.get(9)))
			.execute()
			.path("unpublish")
			.entity(Boolean.class)
			.isEqualTo(true);
		token = app.syncAll(token, 2);
		assertThat(app.differencesFrom(fromScratch())).isEmpty();
		assertThat(app.records).hasSize(62);
		assertThat(app.title(id(changed.get(8)))).isEqualTo("Um 17 Uhr veröffentlicht");
		assertThat(app.records).doesNotContainKey(globalId(id(changed.get(9))));

		// A rollback undoes the reindex, the publish and the unpublish alike.
		editor().document("mutation { rollback(kind: CURRICULA) { to } }").execute().errors().verify();
		token = app.syncAll(token);
		assertThat(app.differencesFrom(fromScratch())).isEmpty();
		assertThat(app.records).hasSize(64).containsKey(globalId(removed));
		assertThat(app.title(id(changed.get(3)))).isNotEqualTo("Drei A");
	}

	@Test
	void tamperedForeignOtherKindAndExpiredTokensAndAbsurdPageSizesAreRefusedNamingTheArgument() throws IOException {
		String token = (String) sync(null, 500).get("token");
		String[] parts = token.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		String forged = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replaceFirst("\\|\\d+\\|", "|0|").getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[1];
		String foreign = new SyncTokens(new SyncProperties("another-servers-secret-0123456789abcdef"), this.changeLog)
			.encode(new SyncToken(CURRICULA, "x", 0, null, null));
		for (String bad : List.of("garbage", "", "a.b", forged, foreign, "x".repeat(5000))) {
			assertThat(syncErrors(bad, 10)).as(bad).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "token").doesNotContainKey("resync");
				assertThat(error.getMessage()).startsWith("token is not a sync token of this API");
			});
		}
		this.graphQl.document("query($token: String) { sync(kind: TRAINING_OFFERS, token: $token) { token } }")
			.variable("token", token)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("argument", "token");
				assertThat(error.getMessage())
					.isEqualTo("token belongs to a sync of CURRICULA, not of TRAINING_OFFERS; keep one token per kind");
			}));
		for (int first : new int[] { 0, -1, 501 }) {
			assertThat(syncErrors(null, first)).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "first");
				assertThat(error.getMessage()).isEqualTo("first must be between 1 and 500 (got " + first + ")");
			});
		}
		// A page size so large that its cost alone is over the limit is refused before
		// the arguments are read, as on every connection.
		assertThat(syncErrors(null, Integer.MAX_VALUE)).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("limit", "maxCost");
		});
		// GraphQL itself refuses an unknown kind, naming the argument and the value.
		this.graphQl.document("{ sync(kind: RECIPES) { token } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("ValidationError");
				assertThat(error.getMessage()).contains("'kind'").contains("RECIPES");
			}));

		// Changes older than the retention are pruned by the next writer; a token from
		// before them is refused, and says to start again.
		new Publisher(this.client, this.names, ReindexPolicy.defaults().withChangeRetention(Duration.ZERO))
			.publish(CURRICULA, source(List.of(retitled(sample(CURRICULA).get(1), "Neu"))));
		assertThat(syncErrors(token, 10)).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", "token").containsEntry("resync", true);
			assertThat(error.getMessage()).startsWith("token is older than the changes this API keeps (90 days)")
				.contains("sync from scratch");
		});
	}

	private Map<String, Object> sync(String token, int first) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("token", token);
		variables.put("first", first);
		return GraphQlResults.map(this.graphQl.documentName("syncCurricula")
			.variables(variables)
			.execute()
			.errors()
			.verify()
			.path("sync")
			.entity(Map.class)
			.get());
	}

	private List<ResponseError> syncErrors(String token, int first) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("token", token);
		variables.put("first", first);
		List<ResponseError> found = new ArrayList<>();
		this.graphQl.documentName("syncCurricula").variables(variables).execute().errors().satisfy(found::addAll);
		return found;
	}

	/** What an app that starts from nothing gets now. */
	private Map<String, Map<String, Object>> fromScratch() {
		LocalCopy fresh = new LocalCopy();
		fresh.syncAll(null, 500);
		return fresh.records;
	}

	/** An app's copy, applied page by page as the schema says. */
	private final class LocalCopy {

		private final Map<String, Map<String, Object>> records = new TreeMap<>();

		void apply(Map<String, Object> page) {
			GraphQlResults.list(page.get("records"))
				.forEach((record) -> this.records.put((String) record.get("id"), record));
			((List<?>) page.get("deletedIds")).forEach(this.records::remove);
		}

		String syncAll(String token) {
			return syncAll(token, 7);
		}

		String syncAll(String token, int first) {
			String next = token;
			Map<String, Object> page;
			do {
				page = sync(next, first);
				apply(page);
				next = (String) page.get("token");
			}
			while (Boolean.TRUE.equals(page.get("hasMore")));
			return next;
		}

		/** Record by record: what is missing, extra or different, and how. */
		List<String> differencesFrom(Map<String, Map<String, Object>> live) {
			List<String> differences = new ArrayList<>();
			live.forEach((id, record) -> {
				if (!record.equals(this.records.get(id))) {
					differences.add(id + ": live " + record + ", copy " + this.records.get(id));
				}
			});
			this.records.keySet()
				.stream()
				.filter((id) -> !live.containsKey(id))
				.forEach((id) -> differences.add(id + ": not live, still in the copy"));
			return differences;
		}

		String title(String recordId) {
			return (String) GraphQlResults.map(this.records.get(globalId(recordId)).get("title")).get("text");
		}

	}

	private static String globalId(String recordId) {
		return de.netzwerkiq.directory.api.content.GlobalIds.of(CURRICULA, recordId);
	}

	private static List<String> sample(ContentKind kind) throws IOException {
		try (InputStream in = ContentSource.sample(kind).open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	private static ContentSource source(List<String> lines) {
		byte[] bytes = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
		return new ContentSource("sync-test.ndjson", () -> new ByteArrayInputStream(bytes));
	}

	private static String retitled(String line, String title) throws IOException {
		ObjectNode json = (ObjectNode) JSON.readTree(line);
		((ObjectNode) json.get("title")).put(json.get("sourceLanguage").asText(), title);
		return JSON.writeValueAsString(json);
	}

	private static String id(String line) throws IOException {
		return JSON.readTree(line).get("id").asText();
	}

}
