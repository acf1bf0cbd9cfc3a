package de.netzwerkiq.directory.api.elasticsearch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Index naming, and how long the change log keeps what changed.
 *
 * @param prefix prepended to every index and alias name
 * @param changeRetention how long a sync token stays good: changes older than this are
 * pruned, and a client with an older token syncs from scratch
 */
@ConfigurationProperties("iq.index")
public record IndexProperties(@DefaultValue(IndexNames.DEFAULT_PREFIX) String prefix,
		@DefaultValue("90d") Duration changeRetention) {

}
