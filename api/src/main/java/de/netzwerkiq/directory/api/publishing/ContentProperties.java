package de.netzwerkiq.directory.api.publishing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where editors' source files are.
 *
 * @param directory a directory holding {@code <kind>.ndjson} per kind (a mounted volume
 * or a checkout); unset, a reindex mutation loads the bundled sample content
 */
@ConfigurationProperties("iq.content")
public record ContentProperties(Path directory) {

}
