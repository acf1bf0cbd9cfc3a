package de.netzwerkiq.directory.api.webhooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.sync.SyncTokens;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.LiveRecords;

/**
 * Tells the configured receivers about every change made live, whoever made it (this API,
 * another instance, the CLI): it follows the change log's commits, so publishing itself
 * never waits for a receiver. Each event goes to each endpoint in its own attempts,
 * retried with doubling waits on an error status, a timeout or a refused connection. The
 * last {@value #KEPT} attempts are kept in memory for editors.
 * <p>
 * Events begin with the commits after the API started; retries pending at a restart are
 * lost, and each instance of the API delivers every event (receivers drop repeats by the
 * event id).
 */
@Service
@EnableConfigurationProperties(WebhookProperties.class)
class Webhooks implements SmartLifecycle {

	static final int KEPT = 200;

	private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	/** Receivers get every field, empty lists included. */
	private static final ObjectMapper JSON = ContentJson.objectMapper()
		.copy()
		.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);

	private final WebhookProperties properties;

	private final ChangeLog changeLog;

	private final LiveRecords live;

	private final SyncTokens tokens;

	private final HttpClient http;

	private final Map<ContentKind, Long> seen = new EnumMap<>(ContentKind.class);

	private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();

	/** Reads the log; never blocked by a slow receiver. */
	private ScheduledExecutorService poller;

	/** Starts attempts and schedules retries; the sending itself is asynchronous. */
	private ScheduledExecutorService scheduler;

	private volatile boolean running;

	Webhooks(WebhookProperties properties, ChangeLog changeLog, LiveRecords live, SyncTokens tokens) {
		this.properties = properties;
		this.changeLog = changeLog;
		this.live = live;
		this.tokens = tokens;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The latest attempts, newest first. */
	List<WebhookDelivery> recent(int last) {
		synchronized (this.deliveries) {
			return this.deliveries.stream().limit(last).toList();
		}
	}

	@Override
	public void start() {
		if (this.properties.endpoints().isEmpty()) {
			return;
		}
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "webhooks-poll"));
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "webhooks-send"));
		long every = this.properties.pollInterval().toMillis();
		this.poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
		this.running = true;
		log.info("Webhooks to {}", this.properties.endpoints());
	}

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.poller.shutdownNow();
			this.scheduler.shutdownNow();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** New commits of every kind become events; a failure waits for the next poll. */
	private void poll() {
		for (ContentKind kind : ContentKind.values()) {
			try {
				Optional<ChangeLog.Head> head = this.changeLog.head(kind);
				long commits = head.map(ChangeLog.Head::commits).orElse(0L);
				Long last = this.seen.get(kind);
				if (last == null) {
					// Announce what happens from now on, not the history.
					this.seen.put(kind, commits);
					continue;
				}
				if (commits <= last) {
					continue;
				}
				for (ChangeLog.Commit commit : this.changeLog.commitsAfter(kind, last, commits, 100)) {
					WebhookEvent event = event(kind, head.get().epoch(), commit);
					byte[] body = JSON.writeValueAsBytes(event);
					this.properties.endpoints()
						.stream()
						.filter((endpoint) -> endpoint.wants(kind))
						.forEach((endpoint) -> this.scheduler.execute(() -> attempt(endpoint, event, body, 1)));
					this.seen.put(kind, commit.number());
				}
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Webhooks could not read the {} change log; trying again: {}", kind.slug(), ex.toString());
			}
		}
	}

	private WebhookEvent event(ContentKind kind, String epoch, ChangeLog.Commit commit) throws IOException {
		int max = this.properties.maxIds();
		List<ChangeLog.Change> entries = this.changeLog.since(kind, commit.from(), commit.to(), max);
		Set<String> ids = new LinkedHashSet<>();
		entries.forEach((entry) -> ids.add(entry.recordId()));
		Set<String> found = new LinkedHashSet<>();
		this.live.byIds(kind, List.copyOf(ids)).stream().map(ContentDocument::id).forEach(found::add);
		List<String> changed = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		ids.forEach((id) -> (found.contains(id) ? changed : deleted).add(GlobalIds.of(kind, id)));
		long changes = commit.to() - commit.from();
		return new WebhookEvent(kind.slug() + "-" + epoch + "-" + commit.number(), kind.name(),
				commit.cause().replace('-', '_').toUpperCase(java.util.Locale.ROOT), commit.at(), commit.liveIndex(),
				changes, changed, deleted, changes > entries.size(), this.tokens.after(kind, epoch, commit.from()));
	}

	/**
	 * Sent asynchronously: a receiver that hangs holds no thread, only a connection,
	 * until the timeout.
	 */
	private void attempt(WebhookProperties.Endpoint endpoint, WebhookEvent event, byte[] body, int attempt) {
		Instant at = Instant.now();
		long started = System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(endpoint.url())
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "iq-directory-webhooks")
			.header("IQ-Event-Id", event.id())
			.header("IQ-Event", event.action())
			.header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.secret(), at, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			Integer status = (response != null) ? response.statusCode() : null;
			String error = null;
			if (failure != null) {
				Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
				error = cause.getClass().getSimpleName()
						+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
			}
			else if (status / 100 != 2) {
				error = "answered " + status;
			}
			finished(endpoint, event, body, attempt,
					new WebhookDelivery(event.id(), event.kind(), event.action(), endpoint.shown(), attempt,
							(error == null) ? "DELIVERED" : "RETRYING", status, error, at,
							Duration.ofNanos(System.nanoTime() - started).toMillis()));
		});
	}

	private void finished(WebhookProperties.Endpoint endpoint, WebhookEvent event, byte[] body, int attempt,
			WebhookDelivery delivery) {
		boolean delivered = delivery.error() == null;
		boolean retry = !delivered && attempt < this.properties.maxAttempts() && !this.scheduler.isShutdown();
		record(delivered || retry ? delivery
				: new WebhookDelivery(delivery.eventId(), delivery.kind(), delivery.action(), delivery.endpoint(),
						attempt, "FAILED", delivery.httpStatus(), delivery.error(), delivery.at(),
						delivery.durationMillis()));
		if (retry) {
			Duration wait = this.properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
			wait = (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
			this.scheduler.schedule(() -> attempt(endpoint, event, body, attempt + 1), wait.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		else if (!delivered) {
			log.warn("Webhook {} to {} failed {} times; giving up: {}", event.id(), endpoint.shown(), attempt,
					delivery.error());
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private void record(WebhookDelivery delivery) {
		synchronized (this.deliveries) {
			this.deliveries.addFirst(delivery);
			while (this.deliveries.size() > KEPT) {
				this.deliveries.removeLast();
			}
		}
	}

}
