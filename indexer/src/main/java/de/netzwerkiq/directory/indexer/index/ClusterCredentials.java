package de.netzwerkiq.directory.indexer.index;

import java.nio.file.Path;

/**
 * How to reach a secured cluster: a user and password or an API key, and the CA
 * certificate (PEM) its TLS certificate is signed with when that CA is not one the JVM
 * trusts. All null for a local cluster without security.
 *
 * @param username user for basic authentication; null for none
 * @param password that user's password
 * @param apiKey an Elasticsearch API key (the base64 "encoded" form); null for none
 * @param caCertificate PEM file of the CA to trust; null to trust the JVM's CAs
 */
public record ClusterCredentials(String username, String password, String apiKey, Path caCertificate) {

	public static final ClusterCredentials NONE = new ClusterCredentials(null, null, null, null);

	public ClusterCredentials {
		if (username != null && username.isBlank()) {
			username = null;
		}
		if (apiKey != null && apiKey.isBlank()) {
			apiKey = null;
		}
		if (username != null && apiKey != null) {
			throw new IllegalArgumentException("Give either a user and password or an API key, not both");
		}
	}

}
