package de.netzwerkiq.directory.api.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy by default: the people searching may be refugees, so what they search for and
 * where they are is not written to the logs unless an operator turns it on (to debug, for
 * a while).
 *
 * @param logQueries whether to log each GraphQL document and its variables (search text,
 * coordinates, postal codes)
 */
@ConfigurationProperties("iq.privacy")
public record ObservabilityProperties(@DefaultValue("false") boolean logQueries) {

}
