package de.netzwerkiq.directory.indexer.load;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static de.netzwerkiq.directory.indexer.content.ContentKind.ADVICE_CENTRES;
import static de.netzwerkiq.directory.indexer.content.ContentKind.TRAINING_OFFERS;
import static org.assertj.core.api.Assertions.assertThat;

@ElasticsearchIntegrationTest
class ReindexIntegrationTests {

	private static final ObjectMapper JSON = ContentJson.objectMapper();

	private static ElasticsearchClient client;

	@BeforeAll
	static void connect(TestCluster cluster) {
		client = cluster.newClient();
	}

	@AfterAll
	static void disconnect() throws IOException {
		client._transport().close();
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void loadsTheBundledSampleOfEveryKindIntoAVersionedIndexBehindTheAlias(ContentKind kind) throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		ReindexReport report = new Reindex(client, names, ReindexPolicy.defaults()).run(kind,
				ContentSource.sample(kind));

		assertThat(report.swapped()).as(report.toText()).isTrue();
		assertThat(report.rejections()).isEmpty();
		assertThat(report.indexed()).isEqualTo(report.records())
			.isEqualTo((long) SampleContentGenerator.BUNDLED.get(kind));
		assertThat(report.index()).startsWith(names.alias(kind) + "-");
		assertThat(new ContentIndex(client, names).live(kind)).contains(report.index());
		if (kind == ADVICE_CENTRES) {
			assertThat(report.validByState().keySet())
				.containsAll(java.util.Arrays.stream(FederalState.values()).map(FederalState::isoCode).toList());
		}
	}

	@Test
	void documentsCarryTheirSourceAndWhatTheyDeriveFromTheirSites() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults());
		reindex.run(ADVICE_CENTRES, ContentSource.sample(ADVICE_CENTRES));
		AdviceCentre first = client
			.get((g) -> g.index(names.alias(ADVICE_CENTRES)).id("sample-ac-0000000"), AdviceCentre.class)
			.source();
		assertThat(first.source().origin()).isEqualTo("sample-content/advice-centres.ndjson");
		assertThat(first.source().line()).isEqualTo(1);
		assertThat(first.source().lastVerified()).isNotNull();
		assertThat(first.locations()).hasSameSizeAs(first.offices()).isNotEmpty();
		assertThat(first.federalStates()).contains(first.offices().get(0).address().federalState());
	}

	@Test
	void everyInvalidCaseIsReportedWithItsPointerAndReasonWhileTheValidRecordsLoadAndAreSearchable()
			throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()));
		// The file is mostly broken on purpose; allow that so its valid records go live.
		ReindexReport report = new Reindex(client, names, new ReindexPolicy(0.95, 3, 500)).run(TRAINING_OFFERS,
				new ContentSource("invalid-cases/training-offers.ndjson",
						() -> getClass().getClassLoader().getResourceAsStream("invalid-cases/training-offers.ndjson")));

		assertThat(report.toText()).contains("invalid-cases/training-offers.ndjson");
		assertThat(report.rejections()).extracting((r) -> r.line() + " " + r.pointer() + " " + r.reason())
			.satisfiesExactly((r) -> assertThat(r).startsWith("3 /title/de ").contains("source language"),
					(r) -> assertThat(r).startsWith("4 /format ").contains("'CLASSROOM' is not one of"),
					(r) -> assertThat(r).startsWith("5 /occupations/0 ").contains("'99999'"),
					(r) -> assertThat(r).startsWith("6 /venues/0/location ").contains("outside Germany"),
					(r) -> assertThat(r).startsWith("7 /endDate ").contains("is before startDate"),
					(r) -> assertThat(r).startsWith("8 /registrationDeadline ").contains("is after startDate"),
					(r) -> assertThat(r).startsWith("9 /targetLevel ").contains("below entryLevel C1"),
					(r) -> assertThat(r).startsWith("10 /id ").contains("already used on line 1"),
					(r) -> assertThat(r).startsWith("11 /slug ").contains("already used on line 1"),
					(r) -> assertThat(r).startsWith("12 /contact/website ").contains("not an absolute http(s) URL"),
					(r) -> assertThat(r).startsWith("13 /contact/email ").contains("not an e-mail address"),
					(r) -> assertThat(r).startsWith("14 /contact/phone ").contains("not a phone number"),
					(r) -> assertThat(r).startsWith("15 /languages/0 ").contains("not an ISO 639-1"),
					(r) -> assertThat(r).startsWith("16 /summary/de ").contains("plain text"),
					(r) -> assertThat(r).startsWith("17 /title/de ").contains("at most 200"),
					(r) -> assertThat(r).startsWith("18 /federalStates/0 ").contains("'DE_BE' is not one of"),
					(r) -> assertThat(r).startsWith("19  ").contains("not valid UTF-8"),
					(r) -> assertThat(r).startsWith("21  ").contains("cut off"));
		assertThat(report.rejectedRecords()).isEqualTo(18);
		assertThat(report.swapped()).as(report.toText()).isTrue();
		assertThat(report.indexed()).isEqualTo(3);
		List<String> live = client
			.search((s) -> s.index(names.alias(TRAINING_OFFERS)).query((q) -> q.matchAll((m) -> m)),
					TrainingOffer.class)
			.hits()
			.hits()
			.stream()
			.map((hit) -> hit.source().slug())
			.sorted()
			.toList();
		assertThat(live).containsExactly("valid-berlin", "valid-online", "valid-three");
	}

	@Test
	void aRunTellsHowFarItIsAndAnotherProcessReadsItFromTheLock() throws Exception {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(getClass()) + "progress-");
		ByteArrayOutputStream generated = new ByteArrayOutputStream();
		SampleContentGenerator.fromGazetteer().write(TRAINING_OFFERS, 8000, generated);
		byte[] source = generated.toByteArray();
		// A 900 ms lock is renewed every 300 ms, so its lease shows progress during the
		// run.
		Reindex reindex = new Reindex(client, names, ReindexPolicy.defaults().withLockTtl(Duration.ofMillis(900)));
		Reindex elsewhere = new Reindex(client, names, ReindexPolicy.defaults());
		List<Long> told = new CopyOnWriteArrayList<>();
		CompletableFuture<ReindexReport> run = CompletableFuture.supplyAsync(() -> {
			try {
				return reindex.run(TRAINING_OFFERS,
						new ContentSource("offers.ndjson", () -> new ByteArrayInputStream(source)), told::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		List<Long> seen = new ArrayList<>();
		while (!run.isDone()) {
			elsewhere.running().stream().map(Reindex.Running::recordsRead).filter(Objects::nonNull).forEach(seen::add);
			Thread.sleep(20);
		}
		ReindexReport report = run.join();

		assertThat(report.records()).isEqualTo(8000);
		assertThat(told).startsWith(1000L, 2000L).endsWith(8000L).isSorted();
		assertThat(seen).as("progress in the lease, read by another process").isNotEmpty().isSorted();
		assertThat(seen).allSatisfy((records) -> assertThat(records).isBetween(1000L, 8000L));
		assertThat(elsewhere.running()).as("the lock is gone with the run").isEmpty();
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

		List<ObjectNode> lines = firstSampleLines(ADVICE_CENTRES, 20);
		((ObjectNode) lines.get(0).withArray("offices").get(0).get("location")).put("lat", 95.0);
		((ObjectNode) lines.get(2).withArray("offices").get(0).get("address")).put("federalState", "DE-XX");
		lines.get(12).put("id", lines.get(0).get("id").asText());
		StringBuilder broken = new StringBuilder();
		for (ObjectNode line : lines) {
			broken.append(JSON.writeValueAsString(line)).append('\n');
		}
		ReindexReport bad = reindex.run(ADVICE_CENTRES, new ContentSource("broken.ndjson",
				() -> new ByteArrayInputStream(broken.toString().getBytes(StandardCharsets.UTF_8))));

		assertThat(bad.swapped()).isFalse();
		assertThat(bad.decision()).contains("15.0 % of records were rejected, more than the 10.0 % allowed");
		assertThat(bad.rejections()).extracting((r) -> r.line() + " " + r.pointer())
			.containsExactly("1 /offices/0/location", "3 /offices/0/address/federalState", "13 /id");
		assertThat(bad.rejections().get(2).reason())
			.isEqualTo("id '" + lines.get(0).get("id").asText() + "' is already used on line 1");
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

	private static List<ObjectNode> firstSampleLines(ContentKind kind, int count) throws IOException {
		List<ObjectNode> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(ContentSource.sample(kind).open(), StandardCharsets.UTF_8))) {
			for (int i = 0; i < count; i++) {
				lines.add((ObjectNode) JSON.readTree(reader.readLine()));
			}
		}
		return lines;
	}

}
