package de.netzwerkiq.directory.indexer.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static de.netzwerkiq.directory.indexer.content.ContentKind.ADVICE_CENTRES;
import static org.assertj.core.api.Assertions.assertThat;

@ElasticsearchIntegrationTest
class ReindexIntegrationTests {

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
	void loadsTheSampleIntoAVersionedIndexBehindTheAlias() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		ReindexReport report = new Reindex(client, names, ReindexPolicy.defaults()).run(ADVICE_CENTRES,
				ContentSource.sample(ADVICE_CENTRES));

		assertThat(report.swapped()).as(report.toText()).isTrue();
		assertThat(report.rejections()).isEmpty();
		assertThat(report.indexed()).isEqualTo(report.records()).isGreaterThanOrEqualTo(12);
		assertThat(report.index()).startsWith(names.alias(ADVICE_CENTRES) + "-");
		ContentIndex index = new ContentIndex(client, names);
		assertThat(index.live(ADVICE_CENTRES)).contains(report.index());
		AdviceCentre berlin = client
			.get((g) -> g.index(names.alias(ADVICE_CENTRES)).id("sample-ac-berlin-mitte"), AdviceCentre.class)
			.source();
		assertThat(berlin.address().city()).isEqualTo("Berlin");
		assertThat(berlin.source().origin()).isEqualTo("sample-content/advice-centres.ndjson");
		assertThat(berlin.source().line()).isEqualTo(1);
	}

	@Test
	void aSecondRunSwapsTheAliasKeepsVersionsForRollbackAndPrunesBeyondTheLimit() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		Reindex reindex = new Reindex(client, names, new ReindexPolicy(0.1, 2, 500));
		ReindexReport first = reindex.run(ADVICE_CENTRES, ContentSource.sample(ADVICE_CENTRES));
		ReindexReport second = reindex.run(ADVICE_CENTRES, ContentSource.sample(ADVICE_CENTRES));
		ReindexReport third = reindex.run(ADVICE_CENTRES, ContentSource.sample(ADVICE_CENTRES));

		ContentIndex index = new ContentIndex(client, names);
		assertThat(second.previousIndex()).isEqualTo(first.index());
		assertThat(index.live(ADVICE_CENTRES)).contains(third.index());
		assertThat(index.versions(ADVICE_CENTRES)).containsExactly(third.index(), second.index());
		assertThat(third.pruned()).containsExactly(first.index());
	}

	@Test
	void aRunOverTheRejectionLimitLeavesTheLiveAliasAloneAndSaysWhy() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		ReindexReport good = reindex.run(ADVICE_CENTRES, ContentSource.sample(ADVICE_CENTRES));

		String sample = new String(ContentSource.sample(ADVICE_CENTRES).open().readAllBytes(), StandardCharsets.UTF_8);
		String broken = sample.replaceFirst("\"lat\": 52.5219", "\"lat\": 95.0")
			.replaceFirst("\"DE-BB\"", "\"DE-XX\"")
			.replace("sample-ac-kiel", "sample-ac-berlin-mitte");
		ReindexReport bad = reindex.run(ADVICE_CENTRES, new ContentSource("broken.ndjson",
				() -> new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));

		assertThat(bad.swapped()).isFalse();
		assertThat(bad.decision()).contains("more than the 10.0 % allowed");
		assertThat(bad.rejectedRecords()).as(bad.toText()).isEqualTo(3);
		assertThat(bad.rejections()).extracting((r) -> r.line() + " " + r.pointer())
			.containsExactly("1 /location", "3 /address/federalState", "13 /id");
		assertThat(bad.rejections().get(2).reason()).isEqualTo("id 'sample-ac-berlin-mitte' is already used on line 1");
		ContentIndex index = new ContentIndex(client, names);
		assertThat(index.live(ADVICE_CENTRES)).contains(good.index());
		assertThat(index.versions(ADVICE_CENTRES)).containsExactly(good.index());
	}

	@Test
	void aMissingSourceFailsWithoutTouchingTheAliasOrLeavingAnIndex() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		ReindexReport good = reindex.run(ADVICE_CENTRES, ContentSource.sample(ADVICE_CENTRES));
		try {
			reindex.run(ADVICE_CENTRES, ContentSource.file(java.nio.file.Path.of("/nonexistent/centres.ndjson")));
		}
		catch (java.nio.file.NoSuchFileException expected) {
			assertThat(expected.getMessage()).contains("/nonexistent/centres.ndjson");
		}
		ContentIndex index = new ContentIndex(client, names);
		assertThat(index.live(ContentKind.ADVICE_CENTRES)).contains(good.index());
		assertThat(index.versions(ADVICE_CENTRES)).containsExactly(good.index());
	}

}
