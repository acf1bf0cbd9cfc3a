package de.netzwerkiq.directory.api.samplecontent;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Loading the bundled, fictional sample content at start-up.
 *
 * @param load {@code true} to load it, {@code false} not to; unset loads it only on the
 * embedded default (a fresh local node), never into a configured cluster
 */
@ConfigurationProperties("iq.sample-content")
public record SampleContentProperties(Boolean load) {

}
