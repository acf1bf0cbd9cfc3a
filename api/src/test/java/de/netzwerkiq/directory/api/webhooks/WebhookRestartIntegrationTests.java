package de.netzwerkiq.directory.api.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.netzwerkiq.directory.api.content.GlobalIds;
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
 * Deliveries outlive the process that owes them: a receiver is down, the API's webhooks
 * stop with a delivery pending retries and a change committed that no one has taken on
 * yet; new webhooks start as a restarted API's would, the receiver comes back, and each
 * event arrives, once, with the attempts counted on from where they were.
 */
@ApiIntegrationTest
class WebhookRestartIntegrationTests {

	private static final String SECRET = "restart-receiver-secret-0123";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Free now; nothing listens on it until the receiver comes back. */
	private static final int PORT = freePort();

	private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

	private static HttpServer receiver;

	record Received(String eventId, JsonNode body, boolean signed) {

	}

	@DynamicPropertySource
	static void endpoint(DynamicPropertyRegistry registry) {
		registry.add("iq.webhooks.endpoints[0].url", () -> "http://127.0.0.1:" + PORT + "/hook");
		registry.add("iq.webhooks.endpoints[0].secret", () -> SECRET);
		registry.add("iq.webhooks.endpoints[0].kinds", () -> "start-up-resources");
		registry.add("iq.webhooks.poll-interval", () -> "200ms");
		registry.add("iq.webhooks.timeout", () -> "2s");
		registry.add("iq.webhooks.max-attempts", () -> "20");
		registry.add("iq.webhooks.first-retry", () -> "200ms");
	}

	@AfterAll
	static void stopReceiver() {
		if (receiver != null) {
			receiver.stop(0);
		}
	}

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private Webhooks webhooks;

	@Autowired
	private WebhookProperties properties;

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
	void aDeliveryPendingAtARestartArrivesOnceWhenTheReceiverIsBack() throws Exception {
		String subscriber = Webhooks.subscriber(this.properties.endpoints().get(0));
		List<String> ids = sampleIds();
		// Announced from the first poll on: wait for it, so the publish is news.
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> this.owed.cursor(subscriber, START_UP_RESOURCES).isPresent());

		ObjectNode record = (ObjectNode) JSON.readTree(sampleLines().get(0));
		record.put("provider", "Restart-Test");
		editor()
			.document("mutation($ndjson: String!) { publish(kind: START_UP_RESOURCES, ndjson: $ndjson) { published } }")
			.variable("ndjson", JSON.writeValueAsString(record) + "\n")
			.execute()
			.errors()
			.verify();
		// The receiver is down: attempts fail and are retried.
		List<WebhookDelivery> failed = await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> this.webhooks.recent(200)
				.stream()
				.filter((d) -> "PUBLISH".equals(d.action()) && "RETRYING".equals(d.outcome()))
				.toList(), (attempts) -> attempts.size() >= 2);
		String published = failed.get(0).eventId();
		assertThat(failed.get(0).httpStatus()).isNull();
		assertThat(failed.get(0).error()).contains("ConnectException");

		// The API goes down; meanwhile a record is withdrawn (by the CLI, another
		// instance: nobody takes it on now).
		this.webhooks.stop();
		String gone = ids.get(1);
		editor().document("mutation($id: ID!) { unpublish(kind: START_UP_RESOURCES, id: $id) }")
			.variable("id", gone)
			.execute()
			.errors()
			.verify();
		// What is owed is in Elasticsearch: the publish, with the attempts made.
		List<ChangeDeliveries.Pending> pending = await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> this.owed.pending(subscriber, 100), (list) -> list.stream()
				.anyMatch((p) -> p.eventId().equals(published) && p.attempts() >= failed.size()));
		int attemptsBefore = pending.stream()
			.filter((p) -> p.eventId().equals(published))
			.findFirst()
			.orElseThrow()
			.attempts();
		Thread.sleep(1000);
		assertThat(RECEIVED).isEmpty();

		// The receiver comes back, and an API starts again.
		receiver = receiver();
		Webhooks restarted = new Webhooks(this.properties, this.changeLog, this.live, this.tokens, this.owed,
				this.attempts);
		restarted.start();
		try {
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> actions(RECEIVED).keySet().containsAll(List.of("PUBLISH", "UNPUBLISH")));
			Map<String, Received> byAction = actions(RECEIVED);
			Received publish = byAction.get("PUBLISH");
			assertThat(publish.eventId()).isEqualTo(published);
			assertThat(publish.signed()).isTrue();
			assertThat(publish.body().get("changedIds")).extracting(JsonNode::asText)
				.containsExactly(GlobalIds.of(START_UP_RESOURCES, record.get("id").asText()));
			assertThat(byAction.get("UNPUBLISH").body().get("deletedIds")).extracting(JsonNode::asText)
				.containsExactly(GlobalIds.of(START_UP_RESOURCES, gone));
			// The attempts go on counting where they were; the new webhooks show the
			// attempts of the ones before them too (kept in Elasticsearch, not in
			// memory),
			// and so does GraphQL, newest first.
			List<WebhookDelivery> seen = await().atMost(Duration.ofSeconds(10))
				.ignoreExceptions()
				.until(() -> restarted.recent(200).stream().filter((d) -> d.eventId().equals(published)).toList(),
						(list) -> !list.isEmpty() && "DELIVERED".equals(list.get(0).outcome()));
			assertThat(seen.get(0).attempt()).isGreaterThan(attemptsBefore);
			assertThat(seen.get(0).httpStatus()).isEqualTo(204);
			assertThat(seen).extracting(WebhookDelivery::attempt)
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(seen).extracting(WebhookDelivery::eventId, WebhookDelivery::attempt, WebhookDelivery::outcome)
				.contains(failed.stream()
					.map((d) -> org.assertj.core.groups.Tuple.tuple(d.eventId(), d.attempt(), "RETRYING"))
					.toArray(org.assertj.core.groups.Tuple[]::new));
			List<Map<String, Object>> shown = editor()
				.document("{ webhookDeliveries(last: 200) { eventId name endpoint attempt outcome httpStatus error } }")
				.execute()
				.errors()
				.verify()
				.path("webhookDeliveries")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get()
				.stream()
				.filter((d) -> published.equals(d.get("eventId")))
				.toList();
			assertThat(shown).extracting((d) -> d.get("attempt"))
				.containsExactlyElementsOf(seen.stream().map(WebhookDelivery::attempt).toList());
			assertThat(shown.get(0)).containsEntry("outcome", "DELIVERED")
				.containsEntry("endpoint", "http://127.0.0.1:" + PORT + "/hook")
				.containsEntry("name", null);

			// Nothing is owed any more, and nothing comes twice.
			await().atMost(Duration.ofSeconds(10))
				.ignoreExceptions()
				.until(() -> this.owed.pending(subscriber, 100).isEmpty());
			Thread.sleep(1500);
			assertThat(RECEIVED).extracting(Received::eventId).doesNotHaveDuplicates();
		}
		finally {
			restarted.stop();
		}
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY).build();
	}

	/** By action, the last of each. */
	private static Map<String, Received> actions(List<Received> received) {
		return received.stream()
			.collect(Collectors.toMap((r) -> r.body().get("action").asText(), Function.identity(), (a, b) -> b));
	}

	private static List<String> sampleIds() throws IOException {
		List<String> ids = new ArrayList<>();
		for (String line : sampleLines()) {
			ids.add(JSON.readTree(line).get("id").asText());
		}
		return ids;
	}

	private static List<String> sampleLines() throws IOException {
		try (InputStream in = ContentSource.sample(START_UP_RESOURCES).open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank())
				.toList();
		}
	}

	private static HttpServer receiver() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
		server.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			boolean signed = WebhookSignature.verify(SECRET,
					exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body, Instant.now(),
					Duration.ofMinutes(5));
			RECEIVED
				.add(new Received(exchange.getRequestHeaders().getFirst("IQ-Event-Id"), JSON.readTree(body), signed));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		return server;
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
