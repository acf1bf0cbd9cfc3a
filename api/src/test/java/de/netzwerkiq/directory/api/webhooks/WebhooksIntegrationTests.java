package de.netzwerkiq.directory.api.webhooks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static de.netzwerkiq.directory.indexer.content.ContentKind.START_UP_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real receivers on this machine: one that answers, one that fails twice, one that hangs
 * and one that is down. Publishing never waits for them; each gets its retries; a
 * signature can be checked, and a forged one told apart.
 */
@ApiIntegrationTest
class WebhooksIntegrationTests {

	static final String SECRET = "receiver-secret-0123456789";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<Received> OK = new CopyOnWriteArrayList<>();

	private static final List<Received> FLAKY = new CopyOnWriteArrayList<>();

	/** Attempts per event id: the flaky receiver fails each event's first two. */
	private static final Map<String, AtomicInteger> FLAKY_CALLS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final AtomicInteger HANGING_CALLS = new AtomicInteger();

	private static final CountDownLatch RELEASE = new CountDownLatch(1);

	private static final HttpServer RECEIVER = receiver();

	record Received(Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		JsonNode json() throws IOException {
			return JSON.readTree(this.body);
		}

	}

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry registry) throws IOException {
		String base = "http://127.0.0.1:" + RECEIVER.getAddress().getPort();
		int down;
		try (ServerSocket socket = new ServerSocket(0)) {
			down = socket.getLocalPort();
		}
		String[] urls = { base + "/ok", base + "/flaky", base + "/hang", "http://127.0.0.1:" + down + "/down" };
		for (int i = 0; i < urls.length; i++) {
			registry.add("iq.webhooks.endpoints[" + i + "].url", urls[i]::toString);
			registry.add("iq.webhooks.endpoints[" + i + "].secret", () -> SECRET);
		}
		registry.add("iq.webhooks.endpoints[0].kinds", () -> "start-up-resources");
		registry.add("iq.webhooks.poll-interval", () -> "200ms");
		registry.add("iq.webhooks.timeout", () -> "3s");
		registry.add("iq.webhooks.max-attempts", () -> "3");
		registry.add("iq.webhooks.first-retry", () -> "300ms");
	}

	@AfterAll
	static void stopReceiver() {
		RELEASE.countDown();
		RECEIVER.stop(0);
	}

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private Reindex reindex;

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY).build();
	}

	@Test
	void receiversGetSignedEventsWithRetriesAndNeverHoldUpPublishing() throws Exception {
		List<String> lines = sample();
		ObjectNode record = (ObjectNode) JSON.readTree(lines.get(0));
		String id = record.get("id").asText();
		record.put("provider", "Webhook-Test");

		long started = System.nanoTime();
		editor()
			.document("mutation($ndjson: String!) { publish(kind: START_UP_RESOURCES, ndjson: $ndjson) { published } }")
			.variable("ndjson", JSON.writeValueAsString(record) + "\n")
			.execute()
			.errors()
			.verify();
		Duration publishing = Duration.ofNanos(System.nanoTime() - started);
		// The hanging receiver holds its request for the whole 3 s timeout; the publish
		// is done long before, because it never talks to receivers.
		assertThat(publishing).isLessThan(Duration.ofSeconds(3));

		// The sample content loaded at start-up may be announced too; this is the
		// publish.
		Received event = awaitEvent("PUBLISH", 1);
		JsonNode body = event.json();
		assertThat(body.get("kind").asText()).isEqualTo("START_UP_RESOURCES");
		assertThat(body.get("action").asText()).isEqualTo("PUBLISH");
		assertThat(body.get("changes").asLong()).isEqualTo(1);
		assertThat(body.get("changedIds")).extracting(JsonNode::asText)
			.containsExactly(GlobalIds.of(START_UP_RESOURCES, id));
		assertThat(body.get("deletedIds")).isEmpty();
		assertThat(body.get("truncated").asBoolean()).isFalse();
		assertThat(event.header("IQ-Event-Id")).isEqualTo(body.get("id").asText());

		// The signature: good as sent; a changed body, another secret, or an old time is
		// told apart.
		String signature = event.header(WebhookSignature.HEADER);
		Instant now = Instant.now();
		Duration tolerance = Duration.ofMinutes(5);
		assertThat(WebhookSignature.verify(SECRET, signature, event.body(), now, tolerance)).isTrue();
		byte[] tampered = new String(event.body(), StandardCharsets.UTF_8).replace("PUBLISH", "ROLLBACK")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignature.verify(SECRET, signature, tampered, now, tolerance)).isFalse();
		assertThat(WebhookSignature.verify("another-secret-0123456789", signature, event.body(), now, tolerance))
			.isFalse();
		assertThat(
				WebhookSignature.verify(SECRET, signature, event.body(), now.plus(Duration.ofMinutes(10)), tolerance))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, "t=1,v1=zz", event.body(), now, tolerance)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, null, event.body(), now, tolerance)).isFalse();

		// The event's sync token fetches the change in full.
		this.graphQl.document(
				"query($t: String) { sync(kind: START_UP_RESOURCES, token: $t) { records { ... on StartUpResource { recordId provider } } } }")
			.variable("t", body.get("syncToken").asText())
			.execute()
			.path("sync.records[0].recordId")
			.entity(String.class)
			.isEqualTo(id);

		// An unpublish and a reindex are announced too, in order.
		String gone = JSON.readTree(lines.get(1)).get("id").asText();
		editor().document("mutation($id: ID!) { unpublish(kind: START_UP_RESOURCES, id: $id) }")
			.variable("id", gone)
			.execute()
			.errors()
			.verify();
		this.reindex.run(START_UP_RESOURCES, source(lines));
		assertThat(awaitEvent("UNPUBLISH", 1).json().get("deletedIds")).extracting(JsonNode::asText)
			.containsExactly(GlobalIds.of(START_UP_RESOURCES, gone));
		JsonNode reindexed = awaitEvent("REINDEX", 2).json();
		assertThat(reindexed.get("changedIds")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder(GlobalIds.of(START_UP_RESOURCES, id), GlobalIds.of(START_UP_RESOURCES, gone));

		// The flaky receiver got the first event on its third attempt; the hanging one
		// and
		// the one that is down got all three, and then no more.
		String first = body.get("id").asText();
		// ok 1 + flaky 3 + hanging 3 + down 3 attempts.
		await().atMost(Duration.ofSeconds(40)).until(() -> outcomes(first).size() == 10);
		List<Map<String, Object>> deliveries = outcomes(first);
		assertThat(of(deliveries, "/ok")).extracting((d) -> d.get("outcome")).containsExactly("DELIVERED");
		assertThat(of(deliveries, "/flaky"))
			.extracting((d) -> d.get("attempt"), (d) -> d.get("outcome"), (d) -> d.get("httpStatus"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "DELIVERED", 200),
					org.assertj.core.groups.Tuple.tuple(2, "RETRYING", 500),
					org.assertj.core.groups.Tuple.tuple(1, "RETRYING", 500));
		assertThat(FLAKY).filteredOn((r) -> first.equals(r.header("IQ-Event-Id"))).hasSize(3);
		assertThat(of(deliveries, "/hang")).extracting((d) -> d.get("outcome"))
			.containsExactly("FAILED", "RETRYING", "RETRYING");
		assertThat(of(deliveries, "/hang").get(0).get("error").toString()).contains("Timeout");
		assertThat(of(deliveries, "/down")).extracting((d) -> d.get("outcome"))
			.containsExactly("FAILED", "RETRYING", "RETRYING");
		assertThat(of(deliveries, "/down").get(0).get("httpStatus")).isNull();
		assertThat(HANGING_CALLS.get()).isGreaterThanOrEqualTo(3);

		// Editors only, and never a secret.
		String answer = editor().document("{ webhookDeliveries(last: 200) { endpoint error outcome } }")
			.execute()
			.returnResponse()
			.toString();
		assertThat(answer).doesNotContain(SECRET).doesNotContain("secret");
		this.graphQl.document("{ webhookDeliveries { endpoint } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getErrorType().toString())
				.containsExactly("UNAUTHORIZED"));
		editor().document("{ webhookDeliveries(last: 0) { endpoint } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getMessage())
				.containsExactly("last must be between 1 and 200 (got 0)"));
	}

	/** The event of this action and number of changes the ok receiver got. */
	private static Received awaitEvent(String action, long changes) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> OK.stream().filter((r) -> {
			try {
				JsonNode json = r.json();
				return json.get("action").asText().equals(action) && json.get("changes").asLong() == changes;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}).findFirst(), java.util.Optional::isPresent).orElseThrow();
	}

	private List<Map<String, Object>> outcomes(String eventId) {
		return editor()
			.document("{ webhookDeliveries(last: 200) { eventId endpoint attempt outcome httpStatus error } }")
			.execute()
			.errors()
			.verify()
			.path("webhookDeliveries")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.filter((d) -> eventId.equals(d.get("eventId")))
			.toList();
	}

	private static List<Map<String, Object>> of(List<Map<String, Object>> deliveries, String path) {
		return deliveries.stream().filter((d) -> d.get("endpoint").toString().endsWith(path)).toList();
	}

	private static HttpServer receiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
			server.createContext("/ok", (exchange) -> answer(exchange, OK, 200));
			server.createContext("/flaky",
					(exchange) -> answer(exchange, FLAKY,
							(FLAKY_CALLS
								.computeIfAbsent(exchange.getRequestHeaders().getFirst("IQ-Event-Id"),
										(event) -> new AtomicInteger())
								.incrementAndGet() <= 2) ? 500 : 200));
			server.createContext("/hang", (exchange) -> {
				HANGING_CALLS.incrementAndGet();
				try {
					RELEASE.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void answer(HttpExchange exchange, List<Received> into, int status) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			into.add(new Received(Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes()));
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static List<String> sample() throws IOException {
		try (InputStream in = ContentSource.sample(START_UP_RESOURCES).open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	private static ContentSource source(List<String> lines) {
		byte[] bytes = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
		return new ContentSource("webhooks-test.ndjson", () -> new ByteArrayInputStream(bytes));
	}

}
