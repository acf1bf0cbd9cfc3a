package de.netzwerkiq.directory.api.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.netzwerkiq.directory.localnode.LocalNodeSettings;

/**
 * The local node the app starts when no Elasticsearch is configured.
 *
 * @param heap its heap, e.g. 512m
 * @param startupTimeout how long to wait for it
 * @param home where it is unpacked and runs; empty for the default
 * ({@code IQ_ELASTICSEARCH_HOME}, else a per-user cache, {@code /var/tmp/iq-directory}
 * for root)
 */
@ConfigurationProperties("iq.embedded-elasticsearch")
public record EmbeddedElasticsearchProperties(@DefaultValue("512m") String heap,
		@DefaultValue("120s") Duration startupTimeout, Path home) {

	LocalNodeSettings toSettings() {
		LocalNodeSettings settings = LocalNodeSettings.defaults()
			.withHeap(this.heap)
			.withStartupTimeout(this.startupTimeout);
		return (this.home != null) ? settings.withHome(this.home.toAbsolutePath()) : settings;
	}

}
