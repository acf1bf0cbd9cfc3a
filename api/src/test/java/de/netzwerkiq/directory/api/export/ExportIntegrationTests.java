package de.netzwerkiq.directory.api.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.load.DryRun;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static de.netzwerkiq.directory.indexer.content.ContentKind.START_UP_RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export is the live content in the shape of the source files: read back by a dry run
 * it changes nothing. Its ETag follows the live content.
 */
@ApiIntegrationTest
// The context of SyncIntegrationTests, which changes only curricula.
@TestPropertySource(properties = "iq.sync.token-secret=sync-test-secret-0123456789abcdefghij")
class ExportIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Reindex reindex;

	@Autowired
	private Publisher publisher;

	@Test
	void anExportGzippedReadBackByADryRunChangesNothingAndItsEtagFollowsTheLiveContent() throws Exception {
		HttpResponse<byte[]> answer = get("/export/start-up-resources.ndjson", "Accept-Encoding", "gzip, deflate");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/x-ndjson"));
		assertThat(answer.headers().firstValue("Vary"))
			.hasValueSatisfying((vary) -> assertThat(vary).contains("Accept-Encoding"));
		String etag = answer.headers().firstValue("ETag").orElseThrow();
		byte[] ndjson = gunzip(answer.body());
		List<String> lines = new String(ndjson, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSizeGreaterThan(10);
		assertThat(lines.get(0)).doesNotContain("compoundParts", "\"stems\"", "\"source\"", "\"line\"");

		DryRun.Report readBack = this.reindex.dryRun(START_UP_RESOURCES,
				new ContentSource("export", () -> new ByteArrayInputStream(ndjson)));
		assertThat(readBack.rejections()).isEmpty();
		assertThat(readBack.valid()).isEqualTo(lines.size());
		assertThat(readBack.added()).isEmpty();
		assertThat(readBack.changed()).isEmpty();
		assertThat(readBack.removed()).isEmpty();

		// Unchanged: 304. Plain, without gzip: the same lines.
		assertThat(get("/export/start-up-resources.ndjson", "If-None-Match", etag).statusCode()).isEqualTo(304);
		HttpResponse<byte[]> plain = get("/export/start-up-resources.ndjson", "Accept-Encoding", "identity");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).isEqualTo(ndjson);

		// A publish that changes a record changes the tag; republishing it as it is does
		// not.
		ObjectNode record = (ObjectNode) JSON.readTree(lines.get(0));
		record.put("provider", "Ein anderer Träger");
		this.publisher.publish(START_UP_RESOURCES, source(JSON.writeValueAsString(record)));
		HttpResponse<byte[]> after = get("/export/start-up-resources.ndjson", "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		String changedTag = after.headers().firstValue("ETag").orElseThrow();
		assertThat(changedTag).isNotEqualTo(etag);
		assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("Ein anderer Träger");
		this.publisher.publish(START_UP_RESOURCES, source(JSON.writeValueAsString(record)));
		assertThat(get("/export/start-up-resources.ndjson", "If-None-Match", changedTag).statusCode()).isEqualTo(304);
	}

	@Test
	void anUnknownKindIsA400NamingTheKind() throws Exception {
		for (String kind : List.of("recipes", "ADVICE_CENTRES", "x".repeat(300))) {
			HttpResponse<byte[]> answer = get("/export/" + kind + ".ndjson", "Accept", "*/*");
			assertThat(answer.statusCode()).as(kind).isEqualTo(400);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(kind)
				.startsWith("kind must be one of advice-centres, training-offers, curricula, start-up-resources (got '")
				.hasSizeLessThan(200);
		}
		// Tomcat refuses encoded slashes before anything of ours runs.
		assertThat(get("/export/..%2F..%2Fetc.ndjson", "Accept", "*/*").statusCode()).isEqualTo(400);
	}

	private HttpResponse<byte[]> get(String path, String header, String value) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header(header, value)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

	private static ContentSource source(String line) {
		byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
		return new ContentSource("export-test.ndjson", () -> new ByteArrayInputStream(bytes));
	}

}
