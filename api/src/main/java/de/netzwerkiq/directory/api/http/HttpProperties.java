package de.netzwerkiq.directory.api.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GraphQL over HTTP GET, for caches and CDNs.
 *
 * @param cacheMaxAge how long a cache may serve an answer without asking again; an edit
 * published now is seen by everyone after at most this long
 * @param automaticPersistedQueries whether clients may register documents by hash (a POST
 * with the document and its hash, as Apollo clients do); trusted documents shipped in
 * {@code graphql-documents/} are always known
 * @param maxRegisteredDocuments how many registered documents are kept, least recently
 * used dropped first
 */
@ConfigurationProperties("iq.http")
public record HttpProperties(@DefaultValue("60s") Duration cacheMaxAge,
		@DefaultValue("true") boolean automaticPersistedQueries, @DefaultValue("1000") int maxRegisteredDocuments) {

}
