package de.netzwerkiq.directory.api.elasticsearch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What Spring Boot's {@code spring.elasticsearch.*} lacks for a secured cluster: an API
 * key. (User and password: {@code spring.elasticsearch.username}/{@code password}; a CA:
 * an SSL bundle named in {@code spring.elasticsearch.restclient.ssl.bundle}.)
 *
 * @param apiKey an Elasticsearch API key (the base64 "encoded" form), sent as
 * {@code Authorization: ApiKey …}; null for none
 */
@ConfigurationProperties("iq.elasticsearch")
public record ClusterProperties(String apiKey) {

}
