package de.netzwerkiq.directory.api.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.netzwerkiq.directory.indexer.content.ContentKind;

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
 */
@ConfigurationProperties("iq.webhooks")
public record WebhookProperties(@DefaultValue List<Endpoint> endpoints, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("5s") Duration timeout, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("100") int maxIds) {

	public WebhookProperties {
		if (maxAttempts < 1 || maxIds < 0) {
			throw new IllegalArgumentException("iq.webhooks.max-attempts must be 1 or more, max-ids 0 or more");
		}
	}

	/**
	 * One receiver.
	 *
	 * @param url where events are POSTed (http or https)
	 * @param secret the receiver's own signing key, at least 16 characters; never logged
	 * or shown
	 * @param kinds only events of these kinds; all when empty
	 */
	public record Endpoint(URI url, String secret, @DefaultValue List<ContentKind> kinds) {

		public Endpoint {
			if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
				throw new IllegalArgumentException("iq.webhooks.endpoints[].url must be an http or https URL");
			}
			if (secret == null || secret.length() < 16) {
				throw new IllegalArgumentException(
						"iq.webhooks.endpoints[].secret must be at least 16 characters (for " + shown(url) + ")");
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
			return "Endpoint[" + shown() + ", kinds=" + this.kinds + "]";
		}

	}

}
