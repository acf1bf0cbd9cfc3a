package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static de.netzwerkiq.directory.indexer.content.ContentKind.CURRICULA;
import static de.netzwerkiq.directory.indexer.content.ContentKind.TRAINING_OFFERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What webhooks owe is kept so that two processes (two instances, or one and its
 * successor after a restart) neither lose a delivery nor both send it.
 */
@ElasticsearchIntegrationTest
class ChangeDeliveriesIntegrationTests {

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
	void aDueDeliveryIsClaimedByOneProcessAndOutlivesTheOneThatClaimedIt() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(ChangeDeliveriesIntegrationTests.class) + "a-");
		ChangeDeliveries one = new ChangeDeliveries(client, names);
		ChangeDeliveries other = new ChangeDeliveries(client, names);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Duration lease = Duration.ofSeconds(20);

		// Taken on twice (a process died between the delivery and its cursor): kept once,
		// as first written.
		ChangeDeliveries.Pending pending = new ChangeDeliveries.Pending("s1", "curricula", "curricula-e-1", "PUBLISH",
				0, now, "{\"id\":\"curricula-e-1\"}");
		one.enqueue(List.of(pending));
		other.enqueue(List.of(new ChangeDeliveries.Pending("s1", "curricula", "curricula-e-1", "PUBLISH", 0, now,
				"{\"another\":\"body\"}")));
		assertThat(one.pending("s1", 10)).containsExactly(pending);

		// One claims it; the other, asking at the same moment, gets nothing.
		List<ChangeDeliveries.Claim> claimed = one.claimDue(Set.of("s1"), now, lease, 10);
		assertThat(claimed).singleElement().satisfies((claim) -> {
			assertThat(claim.pending().body()).isEqualTo(pending.body());
			assertThat(claim.pending().due()).isEqualTo(now.plus(lease));
		});
		assertThat(other.claimDue(Set.of("s1"), now, lease, 10)).isEmpty();
		// Another subscriber's deliveries are not its.
		assertThat(other.claimDue(Set.of("s2"), now.plus(Duration.ofHours(1)), lease, 10)).isEmpty();

		// The first attempt fails: due again later, with the attempt counted.
		Instant retry = now.plusSeconds(10);
		assertThat(one.reschedule(claimed.get(0), 1, retry)).isTrue();
		assertThat(other.claimDue(Set.of("s1"), now.plusSeconds(5), lease, 10)).isEmpty();

		// The process that claimed it dies; after the wait the other takes it on, and the
		// dead one's late outcome is refused. (A claim searches: what it sees is as of
		// the
		// last refresh, at most a second old; a stale hit fails on its sequence number.)
		refresh(names);
		List<ChangeDeliveries.Claim> takenOver = other.claimDue(Set.of("s1"), retry, lease, 10);
		assertThat(takenOver).singleElement().satisfies((claim) -> assertThat(claim.pending().attempts()).isOne());
		assertThat(one.done(claimed.get(0))).isFalse();
		assertThat(one.reschedule(claimed.get(0), 2, retry)).isFalse();

		// Delivered: gone for everyone.
		assertThat(other.done(takenOver.get(0))).isTrue();
		refresh(names);
		assertThat(other.pending("s1", 10)).isEmpty();
		assertThat(one.claimDue(Set.of("s1"), retry.plus(Duration.ofDays(1)), lease, 10)).isEmpty();
	}

	private static void refresh(IndexNames names) throws IOException {
		client.indices().refresh((r) -> r.index(names.deliveries()));
	}

	@Test
	void aCursorIsKeptPerSubscriberAndKind() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(ChangeDeliveriesIntegrationTests.class) + "c-");
		ChangeDeliveries deliveries = new ChangeDeliveries(client, names);
		assertThat(deliveries.cursor("s1", CURRICULA)).isEmpty();
		deliveries.advance(new ChangeDeliveries.Cursor("s1", "curricula", "epoch", 7));
		assertThat(new ChangeDeliveries(client, names).cursor("s1", CURRICULA))
			.contains(new ChangeDeliveries.Cursor("s1", "curricula", "epoch", 7));
		assertThat(deliveries.cursor("s2", CURRICULA)).isEmpty();
	}

	@Test
	void aSubscriberNoLongerFollowedLosesItsCursorsAndDeliveriesAndTheOthersKeepTheirs() throws IOException {
		IndexNames names = new IndexNames(TestIndexPrefix.forClass(ChangeDeliveriesIntegrationTests.class) + "d-");
		ChangeDeliveries deliveries = new ChangeDeliveries(client, names);
		// Nothing kept yet: nothing to drop, and no index made for it.
		assertThat(deliveries.dropAllBut(Set.of("kept"))).isEmpty();
		assertThat(client.indices().exists((e) -> e.index(names.deliveries())).value()).isFalse();

		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		for (String subscriber : List.of("kept", "gone")) {
			deliveries.advance(new ChangeDeliveries.Cursor(subscriber, "curricula", "epoch", 3));
			deliveries.advance(new ChangeDeliveries.Cursor(subscriber, "training-offers", "epoch", 5));
		}
		deliveries.enqueue(List.of(
				new ChangeDeliveries.Pending("gone", "curricula", "curricula-epoch-2", "PUBLISH", 2, now, "{}"),
				new ChangeDeliveries.Pending("gone", "curricula", "curricula-epoch-3", "PUBLISH", 0, now, "{}"),
				new ChangeDeliveries.Pending("gone", "training-offers", "training-offers-epoch-5", "REINDEX", 0, now,
						"{}"),
				new ChangeDeliveries.Pending("kept", "curricula", "curricula-epoch-3", "PUBLISH", 0, now, "{}")));
		// A third, whose only trace is a cursor.
		deliveries.advance(new ChangeDeliveries.Cursor("idle", "curricula", "epoch", 1));
		refresh(names);

		assertThat(deliveries.dropAllBut(Set.of("kept"))).containsOnly(
				org.assertj.core.api.Assertions.entry("gone", new ChangeDeliveries.Dropped(2, 3)),
				org.assertj.core.api.Assertions.entry("idle", new ChangeDeliveries.Dropped(1, 0)));
		assertThat(deliveries.pending("gone", 10)).isEmpty();
		assertThat(deliveries.cursor("gone", CURRICULA)).isEmpty();
		assertThat(deliveries.cursor("gone", TRAINING_OFFERS)).isEmpty();
		assertThat(deliveries.cursor("idle", CURRICULA)).isEmpty();
		// The one still followed keeps all it had.
		assertThat(deliveries.pending("kept", 10)).extracting(ChangeDeliveries.Pending::eventId)
			.containsExactly("curricula-epoch-3");
		assertThat(deliveries.cursor("kept", CURRICULA))
			.contains(new ChangeDeliveries.Cursor("kept", "curricula", "epoch", 3));
		assertThat(deliveries.cursor("kept", TRAINING_OFFERS)).isPresent();
		// Done once: a second start finds nothing more to drop.
		assertThat(new ChangeDeliveries(client, names).dropAllBut(Set.of("kept"))).isEmpty();
		// No subscriber left at all: everything goes.
		assertThat(deliveries.dropAllBut(Set.of()))
			.containsOnly(org.assertj.core.api.Assertions.entry("kept", new ChangeDeliveries.Dropped(2, 1)));
	}

}
