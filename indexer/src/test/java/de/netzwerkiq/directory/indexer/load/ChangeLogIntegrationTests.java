package de.netzwerkiq.directory.indexer.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static de.netzwerkiq.directory.indexer.content.ContentKind.CURRICULA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change log records exactly what a swap, rollback, publish or unpublish changed, by
 * the dry run's definition of a change.
 */
@ElasticsearchIntegrationTest
class ChangeLogIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ElasticsearchClient client;

	@BeforeAll
	static void connect(TestCluster cluster) {
		client = cluster.newClient();
	}

	@AfterAll
	static void disconnect() throws IOException {
		client._transport().close();
	}

	@Test
	void swapsRollbacksPublishesAndUnpublishesLogExactlyTheRecordsThatChanged() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(ChangeLogIntegrationTests.class) + "log-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		Publisher publisher = new Publisher(client, names, ReindexPolicy.defaults());
		ChangeLog log = new ChangeLog(client, names, ReindexPolicy.DEFAULT_CHANGE_RETENTION);
		List<String> lines = sample(CURRICULA);

		assertThat(reindex.run(CURRICULA, source(lines)).swapped()).isTrue();
		long first = log.head(CURRICULA).orElseThrow().committed();
		assertThat(log.since(CURRICULA, 0, first, 1000)).as("the first version: every record is new").hasSize(64);

		// The same content again, with two lines swapped: nothing changed.
		List<String> moved = new ArrayList<>(lines);
		Collections.swap(moved, 0, 1);
		assertThat(reindex.run(CURRICULA, source(moved)).swapped()).isTrue();
		assertThat(log.head(CURRICULA).orElseThrow().committed()).isEqualTo(first);

		// Three records changed, one removed, one added.
		List<String> edited = new ArrayList<>(moved);
		edited.set(2, retitled(edited.get(2), "Geändert A"));
		edited.set(3, retitled(edited.get(3), "Geändert B"));
		edited.set(4, retitled(edited.get(4), "Geändert C"));
		String removed = id(edited.remove(5));
		String added = withId(lines.get(6), "zz-new-curriculum", "zz-new-curriculum");
		edited.add(added);
		var report = reindex.run(CURRICULA, source(edited));
		assertThat(report.swapped()).isTrue();
		long afterReindex = log.head(CURRICULA).orElseThrow().committed();
		assertThat(log.since(CURRICULA, first, afterReindex, 1000)).extracting(ChangeLog.Change::recordId)
			.containsExactlyInAnyOrder(id(edited.get(2)), id(edited.get(3)), id(edited.get(4)), removed,
					"zz-new-curriculum");
		assertThat(log.head(CURRICULA).orElseThrow().liveIndex()).isEqualTo(report.index());

		// Publishing a record as it is live is no change; a new title is.
		publisher.publish(CURRICULA, source(List.of(edited.get(2))));
		assertThat(log.head(CURRICULA).orElseThrow().committed()).isEqualTo(afterReindex);
		publisher.publish(CURRICULA, source(List.of(retitled(edited.get(2), "Noch einmal"))));
		long afterPublish = log.head(CURRICULA).orElseThrow().committed();
		assertThat(log.since(CURRICULA, afterReindex, afterPublish, 1000)).extracting(ChangeLog.Change::recordId)
			.containsExactly(id(edited.get(2)));

		assertThat(publisher.unpublish(CURRICULA, id(edited.get(7)))).isTrue();
		assertThat(publisher.unpublish(CURRICULA, "no-such-record")).isFalse();
		long afterUnpublish = log.head(CURRICULA).orElseThrow().committed();
		assertThat(log.since(CURRICULA, afterPublish, afterUnpublish, 1000))
			.extracting(ChangeLog.Change::recordId, ChangeLog.Change::cause)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id(edited.get(7)), "unpublish"));

		// Back to the version before: the published, unpublished, edited, removed and
		// added records all changed back.
		reindex.rollback(CURRICULA);
		ChangeLog.Head head = log.head(CURRICULA).orElseThrow();
		assertThat(head.liveIndex()).isEqualTo(new ContentIndex(client, names).live(CURRICULA).orElseThrow());
		assertThat(log.since(CURRICULA, afterUnpublish, head.committed(), 1000)).extracting(ChangeLog.Change::recordId)
			.containsExactlyInAnyOrder(id(edited.get(2)), id(edited.get(3)), id(edited.get(4)), removed,
					"zz-new-curriculum", id(edited.get(7)));
	}

	@Test
	void aSwapThatTheLogMissedIsComparedByTheNextWriterAndEntriesPastTheRetentionArePruned() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(ChangeLogIntegrationTests.class) + "missed-");
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		List<String> lines = sample(CURRICULA);
		String first = reindex.run(CURRICULA, source(lines)).index();
		List<String> edited = new ArrayList<>(lines);
		edited.set(0, retitled(edited.get(0), "Verpasst"));
		String second = reindex.run(CURRICULA, source(edited)).index();
		ChangeLog log = new ChangeLog(client, names, ReindexPolicy.DEFAULT_CHANGE_RETENTION);
		ChangeLog.Head before = log.head(CURRICULA).orElseThrow();
		assertThat(before.liveIndex()).isEqualTo(second);
		// A process that died between its swap and its commit: the alias moved, the log
		// did not.
		ContentIndex index = new ContentIndex(client, names);
		index.swapAlias(CURRICULA, first);

		// The next writer catches up first.
		log.begin(CURRICULA, "test").commit(first);
		ChangeLog.Head caughtUp = log.head(CURRICULA).orElseThrow();
		assertThat(caughtUp.committed()).isEqualTo(before.committed() + 1);
		assertThat(log.since(CURRICULA, before.committed(), caughtUp.committed(), 10))
			.extracting(ChangeLog.Change::recordId, ChangeLog.Change::cause)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id(lines.get(0)), "catch-up"));

		// With a retention of zero, a writer prunes every entry written before it.
		ChangeLog.Head head = new ChangeLog(client, names, Duration.ZERO).begin(CURRICULA, "test").commit(first);
		assertThat(head.committed()).isEqualTo(caughtUp.committed());
		assertThat(head.prunedThrough()).isEqualTo(head.committed());
		assertThat(log.since(CURRICULA, 0, head.committed(), 1000)).isEmpty();
	}

	static List<String> sample(ContentKind kind) throws IOException {
		try (InputStream in = ContentSource.sample(kind).open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	static ContentSource source(List<String> lines) {
		byte[] bytes = lines.stream()
			.map((line) -> line + "\n")
			.reduce("", String::concat)
			.getBytes(StandardCharsets.UTF_8);
		return new ContentSource("test.ndjson", () -> new ByteArrayInputStream(bytes));
	}

	static String retitled(String line, String title) throws IOException {
		ObjectNode json = (ObjectNode) JSON.readTree(line);
		((ObjectNode) json.get("title")).put(json.get("sourceLanguage").asText(), title);
		return JSON.writeValueAsString(json);
	}

	static String withId(String line, String id, String slug) throws IOException {
		ObjectNode json = (ObjectNode) JSON.readTree(line);
		json.put("id", id).put("slug", slug);
		return JSON.writeValueAsString(json);
	}

	static String id(String line) throws IOException {
		return JSON.readTree(line).get("id").asText();
	}

}
