package de.netzwerkiq.directory.api.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.sync.SyncTokens;
import de.netzwerkiq.directory.indexer.load.ChangeDeliveries;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.DeliveryAttempts;
import de.netzwerkiq.directory.indexer.load.LiveRecords;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static de.netzwerkiq.directory.indexer.content.ContentKind.START_UP_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The configuration changes between two starts: an endpoint keeps its name but moves to
 * another URL with another secret (the same endpoint: what it is owed follows it), and an
 * endpoint without a name is removed (what it was owed, and its cursor, are dropped at
 * the next start, and the log says so). The application's own webhooks have no endpoints;
 * the test starts its own on the same indices, as restarted APIs would.
 */
@ApiIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WebhookEndpointChangeIntegrationTests {

	private static final String OLD_SECRET = "old-partner-secret-0123";

	private static final String NEW_SECRET = "new-partner-secret-4567";

	private static final String GONE_SECRET = "gone-receiver-secret-89";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<JsonNode> RECEIVED = new CopyOnWriteArrayList<>();

	private static final List<Boolean> SIGNED_WITH_NEW = new CopyOnWriteArrayList<>();

	private static final HttpServer RECEIVER = receiver();

	@AfterAll
	static void stopReceiver() {
		RECEIVER.stop(0);
	}

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private ChangeLog changeLog;

	@Autowired
	private LiveRecords live;

	@Autowired
	private SyncTokens tokens;

	@Autowired
	private ChangeDeliveries owed;

	@Autowired
	private DeliveryAttempts attempts;

	@Test
	void aRenamedUrlKeepsWhatItIsOwedAndARemovedEndpointLosesItsDeliveriesAndCursors(CapturedOutput output)
			throws Exception {
		int down = freePort();
		var partnerBefore = new WebhookProperties.Endpoint("partner", URI.create("http://127.0.0.1:" + down + "/old"),
				OLD_SECRET, List.of(START_UP_RESOURCES));
		var unnamed = new WebhookProperties.Endpoint(null,
				URI.create("http://user:pw@127.0.0.1:" + down + "/gone?token=" + GONE_SECRET), GONE_SECRET,
				List.of(START_UP_RESOURCES));
		String partner = Webhooks.subscriber(partnerBefore);
		String gone = Webhooks.subscriber(unnamed);
		assertThat(partner).isEqualTo("name-partner");
		assertThat(gone).doesNotContain("127.0.0.1").doesNotContain(GONE_SECRET);

		// Both receivers are down: the publish is owed to both, retried.
		Webhooks first = webhooks(partnerBefore, unnamed);
		first.start();
		String published;
		try {
			// The first poll makes the index: until its shard has started, a read of it
			// is refused (503).
			await().atMost(Duration.ofSeconds(20))
				.ignoreExceptions()
				.until(() -> this.owed.cursor(partner, START_UP_RESOURCES).isPresent()
						&& this.owed.cursor(gone, START_UP_RESOURCES).isPresent());
			publish();
			// The attempts index is made by the first attempt: while its shard starts, a
			// read of it answers UNAVAILABLE.
			List<Map<String, Object>> retrying = await().atMost(Duration.ofSeconds(20))
				.ignoreExceptions()
				.until(() -> shown(null),
						(list) -> list.stream()
							.filter((d) -> "RETRYING".equals(d.get("outcome")))
							.map((d) -> d.get("endpoint"))
							.distinct()
							.count() == 2);
			published = (String) retrying.get(0).get("eventId");
			assertThat(retrying).filteredOn((d) -> d.get("endpoint").toString().endsWith("/old"))
				.allSatisfy((d) -> assertThat(d).containsEntry("name", "partner"));
			// Without its credentials and query, and never a secret.
			assertThat(retrying).filteredOn((d) -> d.get("endpoint").toString().endsWith("/gone"))
				.allSatisfy((d) -> assertThat(d).containsEntry("name", null)
					.containsEntry("endpoint", "http://127.0.0.1:" + down + "/gone"));
			assertThat(retrying.toString()).doesNotContain(GONE_SECRET)
				.doesNotContain(OLD_SECRET)
				.doesNotContain("user:pw");
		}
		finally {
			first.stop();
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.owed.pending(gone, 10).isEmpty() && !this.owed.pending(partner, 10).isEmpty());
		assertThat(RECEIVED).isEmpty();

		// Started again: the partner under its name at a new URL with a new secret, the
		// unnamed one removed.
		var partnerAfter = new WebhookProperties.Endpoint("partner",
				URI.create("http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/new"), NEW_SECRET,
				List.of(START_UP_RESOURCES));
		Webhooks second = webhooks(partnerAfter);
		second.start();
		try {
			// The owed publish reaches the partner's new URL, signed with its new secret.
			await().atMost(Duration.ofSeconds(20))
				.until(() -> RECEIVED.stream().anyMatch((event) -> published.equals(event.get("id").asText())));
			assertThat(SIGNED_WITH_NEW).containsOnly(true);
			// The removed endpoint's delivery and cursor are gone; the partner's cursor
			// stays.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.owed.pending(gone, 10).isEmpty() && this.owed.pending(partner, 10).isEmpty());
			assertThat(this.owed.cursor(gone, START_UP_RESOURCES)).isEmpty();
			assertThat(this.owed.cursor(partner, START_UP_RESOURCES)).isPresent();
			assertThat(output.getAll()).contains("Webhooks: endpoint " + gone
					+ " is no longer configured; dropped 1 deliveries owed to it and its 1 cursors");
			assertThat(output.getAll()).doesNotContain(GONE_SECRET).doesNotContain(NEW_SECRET);

			// Editors see the attempts of both starts, newest first: the delivery to the
			// new URL on top, counting on from the attempts at the old one.
			List<Map<String, Object>> all = await().atMost(Duration.ofSeconds(10))
				.ignoreExceptions()
				.until(() -> shown(published), (list) -> "DELIVERED".equals(list.get(0).get("outcome")));
			assertThat(all.get(0)).containsEntry("name", "partner").containsEntry("httpStatus", 200);
			assertThat(all.get(0).get("endpoint").toString()).endsWith("/new");
			int newest = (Integer) all.get(0).get("attempt");
			assertThat(all).filteredOn((d) -> d.get("endpoint").toString().endsWith("/old"))
				.isNotEmpty()
				.allSatisfy((d) -> assertThat((Integer) d.get("attempt")).isLessThan(newest));
			assertThat(all).filteredOn((d) -> d.get("endpoint").toString().endsWith("/gone")).isNotEmpty();
		}
		finally {
			second.stop();
		}
	}

	private Webhooks webhooks(WebhookProperties.Endpoint... endpoints) {
		return new Webhooks(properties(endpoints), this.changeLog, this.live, this.tokens, this.owed, this.attempts);
	}

	private static WebhookProperties properties(WebhookProperties.Endpoint... endpoints) {
		return new WebhookProperties(List.of(endpoints), Duration.ofMillis(200), Duration.ofSeconds(2), 50,
				Duration.ofMillis(300), 100, 1000);
	}

	/** The attempts editors see, of one event or all. */
	private List<Map<String, Object>> shown(String eventId) {
		return editor()
			.document("{ webhookDeliveries(last: 200) { eventId name endpoint attempt outcome httpStatus error } }")
			.execute()
			.errors()
			.verify()
			.path("webhookDeliveries")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.filter((d) -> eventId == null || eventId.equals(d.get("eventId")))
			.toList();
	}

	private void publish() throws IOException {
		String line;
		try (InputStream in = ContentSource.sample(START_UP_RESOURCES).open()) {
			line = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank())
				.findFirst()
				.orElseThrow();
		}
		ObjectNode record = (ObjectNode) JSON.readTree(line);
		record.put("provider", "Endpoint-Change-Test");
		editor()
			.document("mutation($ndjson: String!) { publish(kind: START_UP_RESOURCES, ndjson: $ndjson) { published } }")
			.variable("ndjson", JSON.writeValueAsString(record) + "\n")
			.execute()
			.errors()
			.verify();
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY).build();
	}

	private static HttpServer receiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/new", (exchange) -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				SIGNED_WITH_NEW.add(WebhookSignature.verify(NEW_SECRET,
						exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body, Instant.now(),
						Duration.ofMinutes(5)));
				RECEIVED.add(JSON.readTree(body));
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
