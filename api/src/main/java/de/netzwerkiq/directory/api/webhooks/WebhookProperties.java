package de.netzwerkiq.directory.api.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.DeliveryAttempts;

/**
 * Where to announce changes, and how hard to try.
 *
 * @param endpoints the receivers; none by default
 * @param pollInterval how often the change log is looked at for new commits (made by this
 * API, another instance or the CLI)
 * @param timeout how long one delivery may take, connecting included: a receiver that
 * hangs costs this, then a retry
 * @param maxAttempts attempts per event and endpoint, the first included
 * @param firstRetry the wait before the first retry; each further one waits twice as long
 * @param maxIds changed and deleted ids listed in an event at most; the rest by sync
 * @param attemptsKept delivery attempts kept in Elasticsearch for editors (shared by
 * every instance), the newest; older ones are pruned (at most once a minute, by whichever
 * instance recorded attempts). At least the 200 editors may ask for.
 */
@ConfigurationProperties("iq.webhooks")
public record WebhookProperties(@DefaultValue List<Endpoint> endpoints, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("5s") Duration timeout, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("100") int maxIds,
		@DefaultValue("1000") int attemptsKept) {

	/** Attempts editors may ask for at most. */
	static final int SHOWN = 200;

	public WebhookProperties {
		if (maxAttempts < 1 || maxIds < 0) {
			throw new IllegalArgumentException("iq.webhooks.max-attempts must be 1 or more, max-ids 0 or more");
		}
		if (attemptsKept < SHOWN || attemptsKept > DeliveryAttempts.MAX_KEPT) {
			throw new IllegalArgumentException("iq.webhooks.attempts-kept must be between " + SHOWN + " and "
					+ DeliveryAttempts.MAX_KEPT + " (got " + attemptsKept + ")");
		}
		Set<String> ids = new HashSet<>();
		for (Endpoint endpoint : endpoints) {
			if (!ids.add(endpoint.id())) {
				throw new IllegalArgumentException("iq.webhooks.endpoints[] are named or have URLs alike twice: "
						+ endpoint + "; each endpoint needs a name (or, without one, a URL) of its own");
			}
		}
	}

	/**
	 * One receiver.
	 *
	 * @param name what identifies it (letters, digits, '.', '_', '-'; up to 64);
	 * optional, see {@link #id()}
	 * @param url where events are POSTed (http or https)
	 * @param secret the receiver's own signing key, at least 16 characters; never logged
	 * or shown
	 * @param kinds only events of these kinds; all when empty
	 */
	public record Endpoint(String name, URI url, String secret, @DefaultValue List<ContentKind> kinds) {

		private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

		public Endpoint {
			if (name != null && !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("iq.webhooks.endpoints[].name must be 1 to 64 letters, digits, "
						+ "'.', '_' or '-', beginning with a letter or digit (got '" + name + "')");
			}
			if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
				throw new IllegalArgumentException("iq.webhooks.endpoints[].url must be an http or https URL");
			}
			if (secret == null || secret.length() < 16) {
				throw new IllegalArgumentException(
						"iq.webhooks.endpoints[].secret must be at least 16 characters (for " + shown(url) + ")");
			}
		}

		/**
		 * The endpoint's id in Elasticsearch (its cursors, the deliveries it is owed, its
		 * attempts). A named endpoint is its name, so an operator who moves a receiver to
		 * a new URL or rotates its secret keeps its place in the change log and what it
		 * is still owed (bodies are signed with the current secret when sent, and name no
		 * URL). An endpoint without a name is a digest of its URL, as before names
		 * existed, so cursors kept by an earlier version stay valid; the URL may carry
		 * credentials, so never the URL itself. The secret is never part of it: a new
		 * secret is the same receiver.
		 */
		String id() {
			if (this.name != null) {
				return "name-" + this.name;
			}
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(this.url.toString().getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest, 0, 12);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		boolean wants(ContentKind kind) {
			return this.kinds.isEmpty() || this.kinds.contains(kind);
		}

		/** The URL without credentials or query, which may hold secrets of their own. */
		String shown() {
			return shown(this.url);
		}

		private static String shown(URI url) {
			return url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "")
					+ ((url.getPath() != null) ? url.getPath() : "");
		}

		/** Never the secret. */
		@Override
		public String toString() {
			return "Endpoint[" + ((this.name != null) ? this.name + ", " : "") + shown() + ", kinds=" + this.kinds
					+ "]";
		}

	}

}
