package de.netzwerkiq.directory.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reaching a secured cluster: an API key goes with every request, a user and password
 * answer the cluster's challenge, and TLS trusts exactly the CA given. A small HTTP(S)
 * server stands in for the cluster's front door and records what arrives; no cluster with
 * security runs on these machines.
 */
class ElasticsearchClientsTests {

	private final Map<String, String> received = new ConcurrentHashMap<>();

	private HttpServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void anApiKeyIsSentWithEveryRequest() throws IOException {
		URI uri = serve(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), false);
		get(ElasticsearchClients.connect(List.of(uri), new ClusterCredentials(null, null, "a2V5OnNlY3JldA==", null)));
		assertThat(this.received).containsEntry("authorization", "ApiKey a2V5OnNlY3JldA==");
	}

	@Test
	void aUserAndPasswordAnswerTheClustersChallenge() throws IOException {
		URI uri = serve(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), true);
		get(ElasticsearchClients.connect(List.of(uri), new ClusterCredentials("indexer", "s3cret", null, null)));
		assertThat(this.received).containsEntry("authorization", "Basic "
				+ java.util.Base64.getEncoder().encodeToString("indexer:s3cret".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void tlsTrustsTheGivenCaAndNothingElse(@TempDir Path dir) throws Exception {
		Path keystore = dir.resolve("node.p12");
		Path ca = dir.resolve("ca.pem");
		keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(),
				"-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
		keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", keystore.toString(), "-storepass", "changeit",
				"-file", ca.toString());
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, "changeit".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), null, null);
		HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		https.setHttpsConfigurator(new HttpsConfigurator(tls));
		URI uri = serve(https, false);

		get(ElasticsearchClients.connect(List.of(uri), new ClusterCredentials(null, null, "a2V5", ca)));
		assertThat(this.received).containsKey("authorization");
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> get(ElasticsearchClients.connect(List.of(uri), ClusterCredentials.NONE)));
	}

	@Test
	void aFileThatIsNoCertificateIsNamedInTheError(@TempDir Path dir) throws IOException {
		Path notPem = Files.writeString(dir.resolve("ca.pem"), "hello");
		assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchClients.trusting(notPem))
			.withMessageContaining(notPem.toString());
		assertThatIllegalArgumentException().isThrownBy(() -> new ClusterCredentials("user", "password", "key", null))
			.withMessageContaining("not both");
	}

	private URI serve(HttpServer server, boolean challenge) {
		this.server = server;
		server.createContext("/", (HttpExchange exchange) -> {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (challenge && authorization == null) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
				exchange.sendResponseHeaders(401, -1);
				exchange.close();
				return;
			}
			if (authorization != null) {
				this.received.put("authorization", authorization);
			}
			byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		String scheme = (server instanceof HttpsServer) ? "https" : "http";
		return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
	}

	private static void get(ElasticsearchClient client) throws IOException {
		try (RestClientTransport transport = (RestClientTransport) client._transport()) {
			transport.restClient().performRequest(new Request("GET", "/"));
		}
	}

	private static void keytool(String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
	}

}
