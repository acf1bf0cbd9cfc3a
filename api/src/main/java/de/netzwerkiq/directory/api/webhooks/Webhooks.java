package de.netzwerkiq.directory.api.webhooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.sync.SyncTokens;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.ChangeDeliveries;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.DeliveryAttempts;
import de.netzwerkiq.directory.indexer.load.LiveRecords;

/**
 * Tells the configured receivers about every change made live, whoever made it (this API,
 * another instance, the CLI): it follows the change log's commits, so publishing itself
 * never waits for a receiver. Each event goes to each endpoint in its own attempts,
 * retried with doubling waits on an error status, a timeout or a refused connection. Each
 * attempt and its outcome is kept in Elasticsearch ({@link DeliveryAttempts}, the newest
 * {@code attempts-kept}), where editors see those of every instance.
 * <p>
 * What is owed lives in Elasticsearch ({@link ChangeDeliveries}), not in this process:
 * each endpoint's cursor in the log, and each delivery not yet made with its body and
 * attempts. A restarted API resumes where the last one stopped (events committed while no
 * API ran included), and of several instances one sends each delivery. A delivery is sent
 * twice only when a process dies between the receiver's answer and recording it; the
 * event id lets receivers drop the repeat.
 * <p>
 * At start, what is kept for endpoints no longer configured (their cursors, the
 * deliveries they are owed) is dropped.
 */
@Service
@EnableConfigurationProperties(WebhookProperties.class)
class Webhooks implements SmartLifecycle {

	static final int KEPT = WebhookProperties.SHOWN;

	/** How often at most old attempts are pruned, by an instance that recorded some. */
	private static final Duration PRUNE_ATTEMPTS_EVERY = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	/** Deliveries claimed per poll at most; the rest at the next. */
	private static final int CLAIMS = 100;

	/** Receivers get every field, empty lists included. */
	private static final ObjectMapper JSON = ContentJson.objectMapper()
		.copy()
		.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);

	private final WebhookProperties properties;

	private final ChangeLog changeLog;

	private final LiveRecords live;

	private final SyncTokens tokens;

	private final ChangeDeliveries owed;

	private final DeliveryAttempts attempts;

	private final HttpClient http;

	/** Endpoints by their subscriber id in {@link ChangeDeliveries}. */
	private final Map<String, WebhookProperties.Endpoint> endpoints = new LinkedHashMap<>();

	/**
	 * The cursors as last read or written by this process: the log is read again only
	 * when it has moved past them.
	 */
	private final Map<String, ChangeDeliveries.Cursor> cursors = new HashMap<>();

	/** Claimed and being sent by this process, so a poll does not claim them again. */
	private final Set<String> sending = ConcurrentHashMap.newKeySet();

	/** Attempts recorded since old ones were last pruned. */
	private final AtomicInteger recorded = new AtomicInteger();

	private volatile Instant attemptsPruned = Instant.EPOCH;

	/** Whether what is kept for endpoints no longer configured has been dropped. */
	private volatile boolean pruned;

	/**
	 * Reads the log, takes events on and claims what is due; never blocked by a slow
	 * receiver (sending is asynchronous).
	 */
	private ScheduledExecutorService poller;

	private volatile boolean running;

	Webhooks(WebhookProperties properties, ChangeLog changeLog, LiveRecords live, SyncTokens tokens,
			ChangeDeliveries owed, DeliveryAttempts attempts) {
		this.properties = properties;
		this.changeLog = changeLog;
		this.live = live;
		this.tokens = tokens;
		this.owed = owed;
		this.attempts = attempts;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		properties.endpoints().forEach((endpoint) -> this.endpoints.put(subscriber(endpoint), endpoint));
	}

	/**
	 * The latest attempts of every instance, newest first (as of Elasticsearch's last
	 * refresh, at most a second old).
	 */
	List<WebhookDelivery> recent(int last) {
		try {
			return this.attempts.latest(last)
				.stream()
				.map((a) -> new WebhookDelivery(a.eventId(), a.kind(), a.action(), a.endpointName(), a.endpoint(),
						a.attempt(), a.outcome(), a.httpStatus(), a.error(), a.at(), a.durationMillis()))
				.toList();
		}
		catch (IOException | RuntimeException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	/**
	 * Polls when endpoints are configured; in any case drops first what is kept for
	 * endpoints no longer configured, off the caller's thread (a start never waits for
	 * Elasticsearch).
	 */
	@Override
	public void start() {
		this.running = true;
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "webhooks"));
		long every = this.properties.pollInterval().toMillis();
		this.poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
		if (!this.endpoints.isEmpty()) {
			log.info("Webhooks to {}", this.properties.endpoints());
		}
	}

	/**
	 * Stops taking events on and claiming; an attempt under way still records its
	 * outcome, and what is owed stays in Elasticsearch for the next start.
	 */
	@Override
	public void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * New commits of every kind become deliveries, then what is due is sent; a failure
	 * waits for the next poll.
	 */
	private void poll() {
		if (!this.pruned) {
			this.pruned = dropUnconfigured();
			if (this.endpoints.isEmpty() && this.pruned) {
				// Nothing to follow: the poller's work is done.
				this.poller.shutdown();
			}
		}
		if (this.endpoints.isEmpty()) {
			return;
		}
		for (ContentKind kind : ContentKind.values()) {
			try {
				takeOn(kind);
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Webhooks could not read the {} change log; trying again: {}", kind.slug(), ex.toString());
			}
		}
		try {
			for (ChangeDeliveries.Claim claim : this.owed.claimDue(this.endpoints.keySet(), Instant.now(), lease(),
					CLAIMS)) {
				// Claimed is sent, even by a poll a stop interrupts: else it would wait
				// for its lease to run out.
				if (this.sending.add(key(claim.pending()))) {
					attempt(this.endpoints.get(claim.pending().subscriber()), claim);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Webhooks could not read the deliveries owed; trying again: {}", ex.toString());
		}
		pruneAttempts();
	}

	/**
	 * Drops the cursors and pending deliveries of endpoints no longer configured, which
	 * else would be kept for ever (no one claims them). Done at start only, not at every
	 * poll: during a rolling update an instance still on the old configuration would
	 * otherwise keep dropping the endpoints the new one added, and the new one's.
	 * @return whether it was done; else it is tried at the next poll
	 */
	private boolean dropUnconfigured() {
		try {
			this.owed.dropAllBut(this.endpoints.keySet())
				.forEach((subscriber, dropped) -> log
					.info("Webhooks: endpoint {} is no longer configured; dropped {} deliveries owed to it and its {} "
							+ "cursors in the change log", subscriber, dropped.deliveries(), dropped.cursors()));
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Webhooks could not drop what is kept for endpoints no longer configured; trying again: {}",
					ex.toString());
			return false;
		}
	}

	/**
	 * Keeps the newest attempts only; on the poller's thread, so neither publishing nor a
	 * delivery waits for it.
	 */
	private void pruneAttempts() {
		Instant now = Instant.now();
		if (this.recorded.get() == 0 || now.isBefore(this.attemptsPruned.plus(PRUNE_ATTEMPTS_EVERY))) {
			return;
		}
		this.attemptsPruned = now;
		this.recorded.set(0);
		try {
			long removed = this.attempts.prune(this.properties.attemptsKept());
			if (removed > 0) {
				log.debug("Webhooks: pruned {} old delivery attempts", removed);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Webhooks could not prune old delivery attempts; trying again later: {}", ex.toString());
		}
	}

	/**
	 * The kind's commits after each endpoint's cursor become deliveries owed, written
	 * before the cursor moves past them. An endpoint seen for the first time begins with
	 * what happens from now on, not the history; a log that began again (another epoch)
	 * is followed from its beginning.
	 */
	private void takeOn(ContentKind kind) throws IOException {
		Optional<ChangeLog.Head> head = this.changeLog.head(kind);
		String epoch = head.map(ChangeLog.Head::epoch).orElse("");
		long commits = head.map(ChangeLog.Head::commits).orElse(0L);
		Map<Long, WebhookEvent> events = new HashMap<>();
		for (Map.Entry<String, WebhookProperties.Endpoint> entry : this.endpoints.entrySet()) {
			if (!entry.getValue().wants(kind)) {
				continue;
			}
			String subscriber = entry.getKey();
			String key = subscriber + "/" + kind.slug();
			ChangeDeliveries.Cursor cursor = this.cursors.get(key);
			if (cursor != null && cursor.epoch().equals(epoch) && cursor.commit() >= commits) {
				continue;
			}
			if (cursor == null) {
				cursor = this.owed.cursor(subscriber, kind).orElse(null);
			}
			if (cursor == null) {
				cursor = new ChangeDeliveries.Cursor(subscriber, kind.slug(), epoch, commits);
				this.owed.advance(cursor);
			}
			else if (!cursor.epoch().equals(epoch)) {
				log.info("The {} change log began again; announcing its changes from its beginning", kind.slug());
				cursor = new ChangeDeliveries.Cursor(subscriber, kind.slug(), epoch, 0);
			}
			if (cursor.commit() < commits) {
				List<ChangeDeliveries.Pending> pending = new ArrayList<>();
				long last = cursor.commit();
				for (ChangeLog.Commit commit : this.changeLog.commitsAfter(kind, cursor.commit(), commits, CLAIMS)) {
					WebhookEvent event = events.get(commit.number());
					if (event == null) {
						event = event(kind, epoch, commit);
						events.put(commit.number(), event);
					}
					pending.add(new ChangeDeliveries.Pending(subscriber, kind.slug(), event.id(), event.action(), 0,
							Instant.now(), JSON.writeValueAsString(event)));
					last = commit.number();
				}
				this.owed.enqueue(pending);
				cursor = new ChangeDeliveries.Cursor(subscriber, kind.slug(), epoch, last);
				this.owed.advance(cursor);
			}
			this.cursors.put(key, cursor);
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
				commit.cause().replace('-', '_').toUpperCase(Locale.ROOT), commit.at(), commit.liveIndex(), changes,
				changed, deleted, changes > entries.size(), this.tokens.after(kind, epoch, commit.from()));
	}

	/**
	 * Sent asynchronously: a receiver that hangs holds no thread, only a connection,
	 * until the timeout. The body is the one taken on, signed now.
	 */
	private void attempt(WebhookProperties.Endpoint endpoint, ChangeDeliveries.Claim claim) {
		ChangeDeliveries.Pending pending = claim.pending();
		int attempt = pending.attempts() + 1;
		byte[] body = pending.body().getBytes(StandardCharsets.UTF_8);
		Instant at = Instant.now();
		long started = System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(endpoint.url())
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "iq-directory-webhooks")
			.header("IQ-Event-Id", pending.eventId())
			.header("IQ-Event", pending.action())
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
			error = withoutSecrets(error, endpoint);
			try {
				finished(endpoint, claim, attempt, at, status, error,
						Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
			finally {
				this.sending.remove(key(pending));
			}
		});
	}

	/**
	 * Records the outcome where the next attempt (of this process or another) finds it:
	 * done when delivered or out of attempts, else due again after the wait.
	 */
	private void finished(WebhookProperties.Endpoint endpoint, ChangeDeliveries.Claim claim, int attempt, Instant at,
			Integer status, String error, long millis) {
		ChangeDeliveries.Pending pending = claim.pending();
		boolean delivered = error == null;
		boolean retry = !delivered && attempt < this.properties.maxAttempts();
		String outcome = delivered ? "DELIVERED" : retry ? "RETRYING" : "FAILED";
		try {
			this.attempts.record(new DeliveryAttempts.Attempt(pending.subscriber(), endpoint.name(), endpoint.shown(),
					pending.eventId(), kindName(pending.kind()), pending.action(), attempt, outcome, !retry, status,
					error, at, millis));
			this.recorded.incrementAndGet();
		}
		catch (IOException | RuntimeException ex) {
			// Only the editors' view misses it; the delivery itself is recorded below.
			log.warn("Webhook {} to {}: could not keep attempt {} ({}) for editors: {}", pending.eventId(),
					endpoint.shown(), attempt, outcome, ex.toString());
		}
		try {
			boolean kept = retry ? this.owed.reschedule(claim, attempt, Instant.now().plus(wait(attempt)))
					: this.owed.done(claim);
			if (!kept) {
				log.warn("Webhook {} to {}: attempt {} ended after its lease; another takes it on", pending.eventId(),
						endpoint.shown(), attempt);
			}
		}
		catch (IOException | RuntimeException ex) {
			// The lease runs out and the delivery is attempted again: twice, if this one
			// was delivered.
			log.warn("Webhook {} to {}: could not record attempt {} ({}): {}", pending.eventId(), endpoint.shown(),
					attempt, outcome, ex.toString());
		}
		if (!delivered && !retry) {
			log.warn("Webhook {} to {} failed {} times; giving up: {}", pending.eventId(), endpoint.shown(), attempt,
					error);
		}
	}

	/** The wait after the given attempt: the first retry's, doubled each time. */
	private Duration wait(int attempt) {
		Duration wait = this.properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	/**
	 * How long a claim keeps others off: the attempt's timeout, twice, and time to record
	 * its outcome.
	 */
	private Duration lease() {
		return this.properties.timeout().multipliedBy(2).plusSeconds(10);
	}

	/**
	 * An endpoint's id in Elasticsearch (see {@link WebhookProperties.Endpoint#id()}).
	 */
	static String subscriber(WebhookProperties.Endpoint endpoint) {
		return endpoint.id();
	}

	/**
	 * An error as kept and shown: an exception's message could quote the URL (with its
	 * credentials or query) or, however unlikely, the secret.
	 */
	static String withoutSecrets(String error, WebhookProperties.Endpoint endpoint) {
		if (error == null) {
			return null;
		}
		String url = endpoint.url().toString();
		String cleaned = error.replace(url, endpoint.shown());
		if (endpoint.url().getRawUserInfo() != null) {
			cleaned = cleaned.replace(endpoint.url().getRawUserInfo(), "…");
		}
		if (endpoint.url().getRawQuery() != null) {
			cleaned = cleaned.replace(endpoint.url().getRawQuery(), "…");
		}
		return cleaned.replace(endpoint.secret(), "…");
	}

	private static String key(ChangeDeliveries.Pending pending) {
		return pending.subscriber() + "/" + pending.eventId();
	}

	private static String kindName(String slug) {
		for (ContentKind kind : ContentKind.values()) {
			if (kind.slug().equals(slug)) {
				return kind.name();
			}
		}
		return slug;
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
