package de.netzwerkiq.directory.api.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sync settings.
 *
 * @param tokenSecret the key sync tokens are signed with (HMAC-SHA256), at least 32
 * characters; when unset, a random key is made once and kept in Elasticsearch beside the
 * change log, so tokens outlive restarts and hold across instances either way
 */
@ConfigurationProperties("iq.sync")
public record SyncProperties(String tokenSecret) {

	public SyncProperties {
		if (tokenSecret != null && !tokenSecret.isBlank() && tokenSecret.length() < 32) {
			throw new IllegalArgumentException("iq.sync.token-secret must be at least 32 characters");
		}
	}

}
