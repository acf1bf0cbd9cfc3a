package de.netzwerkiq.directory.api.elasticsearch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Index naming.
 *
 * @param prefix prepended to every index and alias name
 */
@ConfigurationProperties("iq.index")
public record IndexProperties(@DefaultValue(IndexNames.DEFAULT_PREFIX) String prefix) {

}
