package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The attempts editors see are shared by every process on the same indices, newest first,
 * and only the newest are kept.
 */
@ElasticsearchIntegrationTest
class DeliveryAttemptsIntegrationTests {

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
	void attemptsRecordedByOneProcessAreReadByAnotherNewestFirstAndOnlyTheNewestAreKept() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(DeliveryAttemptsIntegrationTests.class));
		DeliveryAttempts one = new DeliveryAttempts(client, names);
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		for (int i = 1; i <= 12; i++) {
			boolean last = i % 3 == 0;
			one.record(new DeliveryAttempts.Attempt("s1", "partner", "http://receiver.example/hook", "e-" + i,
					"CURRICULA", "PUBLISH", 1 + (i - 1) % 3, last ? "DELIVERED" : "RETRYING", last, last ? 204 : 500,
					last ? null : "answered 500", start.plusSeconds(i), 12));
		}
		// Recorded again (sent twice after a lost claim): replaces the first record.
		one.record(new DeliveryAttempts.Attempt("s1", "partner", "http://receiver.example/hook", "e-12", "CURRICULA",
				"PUBLISH", 3, "DELIVERED", true, 200, null, start.plusSeconds(12), 15));
		refresh(names);

		DeliveryAttempts other = new DeliveryAttempts(client, names);
		List<DeliveryAttempts.Attempt> latest = other.latest(5);
		assertThat(latest).extracting(DeliveryAttempts.Attempt::eventId)
			.containsExactly("e-12", "e-11", "e-10", "e-9", "e-8");
		assertThat(latest.get(0))
			.isEqualTo(new DeliveryAttempts.Attempt("s1", "partner", "http://receiver.example/hook", "e-12",
					"CURRICULA", "PUBLISH", 3, "DELIVERED", true, 200, null, start.plusSeconds(12), 15));
		assertThat(latest.get(1).httpStatus()).isEqualTo(500);
		assertThat(latest.get(1).error()).isEqualTo("answered 500");
		assertThat(latest.get(1).settled()).isFalse();

		// The newest four kept; pruning again removes nothing.
		assertThat(other.prune(4)).isEqualTo(8);
		refresh(names);
		assertThat(one.latest(100)).extracting(DeliveryAttempts.Attempt::eventId)
			.containsExactly("e-12", "e-11", "e-10", "e-9");
		assertThat(one.prune(4)).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> one.prune(0));
		assertThatIllegalArgumentException().isThrownBy(() -> one.prune(DeliveryAttempts.MAX_KEPT + 1));
	}

	private static void refresh(IndexNames names) throws IOException {
		client.indices().refresh((r) -> r.index(names.deliveryAttempts()));
	}

}
