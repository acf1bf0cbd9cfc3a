package de.netzwerkiq.directory.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.http.Header;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClientBuilder;

import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import de.netzwerkiq.directory.indexer.content.ContentJson;

/** Connects to Elasticsearch outside Spring (the command-line tool). */
public final class ElasticsearchClients {

	private ElasticsearchClients() {
	}

	/** The JSON mapping of documents, shared with api so both read and write alike. */
	public static JacksonJsonpMapper jsonpMapper() {
		return new JacksonJsonpMapper(ContentJson.objectMapper());
	}

	/** A client for the given nodes; close its transport when done. */
	public static ElasticsearchClient connect(List<URI> nodes) {
		return connect(nodes, ClusterCredentials.NONE);
	}

	/**
	 * A client for the given nodes of a secured cluster; close its transport when done.
	 */
	public static ElasticsearchClient connect(List<URI> nodes, ClusterCredentials credentials) {
		HttpHost[] hosts = nodes.stream()
			.map((uri) -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
			.toArray(HttpHost[]::new);
		RestClientBuilder builder = RestClient.builder(hosts);
		if (credentials.apiKey() != null) {
			builder
				.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", "ApiKey " + credentials.apiKey()) });
		}
		SSLContext ssl = (credentials.caCertificate() != null) ? trusting(credentials.caCertificate()) : null;
		builder.setHttpClientConfigCallback((client) -> {
			if (credentials.username() != null) {
				BasicCredentialsProvider provider = new BasicCredentialsProvider();
				provider.setCredentials(AuthScope.ANY,
						new UsernamePasswordCredentials(credentials.username(), credentials.password()));
				client.setDefaultCredentialsProvider(provider);
			}
			if (ssl != null) {
				client.setSSLContext(ssl);
			}
			return client;
		});
		return new ElasticsearchClient(new RestClientTransport(builder.build(), jsonpMapper()));
	}

	/** TLS that trusts the certificates in a PEM file (a cluster's own CA). */
	public static SSLContext trusting(Path pem) {
		try (InputStream in = Files.newInputStream(pem)) {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int i = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				store.setCertificateEntry("ca-" + i++, certificate);
			}
			if (i == 0) {
				throw new IllegalArgumentException("No certificate in " + pem);
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The CA certificate " + pem + " could not be read: " + ex.getMessage(),
					ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException(
					"The CA certificate " + pem + " is not a PEM X.509 certificate: " + ex.getMessage(), ex);
		}
	}

}
