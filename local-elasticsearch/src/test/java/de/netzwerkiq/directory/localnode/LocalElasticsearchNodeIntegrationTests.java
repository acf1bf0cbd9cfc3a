package de.netzwerkiq.directory.localnode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Starts the real node from the distribution the build resolved. Tests run one after the
 * other, so there is never more than one node in this JVM.
 */
class LocalElasticsearchNodeIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsAYellowClusterThatStopsWithoutLeavingAProcessAndReusesTheUnpackedCopy() throws Exception {
		LocalElasticsearchNode node = LocalElasticsearchNode.start(LocalNodeSettings.defaults());
		List<ProcessHandle> processes;
		try {
			assertThat(get(node.httpUri(), "/_cluster/health")).containsPattern("\"status\":\"(yellow|green)\"");
			assertThat(get(node.httpUri(), "/_nodes/_local"))
				.contains("\"version\":\"" + ElasticsearchDistribution.buildVersion() + "\"");
			assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(node.logFile()).exists();
			processes = node.processes();
			assertThat(processes).hasSizeGreaterThanOrEqualTo(2);
			if (Privileges.runningAsRoot()) {
				assertThat(processes.get(processes.size() - 1).info().user())
					.hasValueSatisfying((user) -> assertThat(user).isIn("nobody", String.valueOf(Privileges.NOBODY)));
			}
		}
		finally {
			node.close();
		}
		assertThat(processes).noneMatch(ProcessHandle::isAlive);
		assertThat(node.logFile()).as("logs are kept after stop").exists();
		assertThat(node.logFile().resolveSibling("../data")).doesNotExist();

		try (LocalElasticsearchNode second = LocalElasticsearchNode.start(LocalNodeSettings.defaults())) {
			assertThat(second.distribution().reused()).isTrue();
			assertThat(second.distribution().home()).isEqualTo(node.distribution().home());
			assertThat(second.httpUri()).isNotNull();
		}
	}

	@Test
	void failsFastNamingTheLogWhenTheNodeExitsEarly() {
		LocalNodeSettings broken = LocalNodeSettings.defaults().withSetting("iq.no.such.setting", "x");
		long started = System.nanoTime();
		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(() -> LocalElasticsearchNode.start(broken))
			.withMessageContaining("Elasticsearch exited during start-up")
			.withMessageContaining("Node log: ")
			.withMessageContaining("iq.no.such.setting");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void refusesToStartWithoutEnoughDisk() {
		LocalNodeSettings settings = LocalNodeSettings.defaults().withMinimumFreeDiskBytes(Long.MAX_VALUE);
		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(() -> LocalElasticsearchNode.start(settings))
			.withMessageContaining("MB of disk are free under")
			.withMessageContaining(LocalNodeSettings.HOME_ENV);
	}

	@Test
	void refusesToRunAsRootWithoutSetpriv() {
		assumeThat(Privileges.runningAsRoot()).as("only root needs setpriv").isTrue();
		LocalNodeSettings settings = LocalNodeSettings.defaults().withSetprivCommand("/nonexistent/setpriv");
		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(() -> LocalElasticsearchNode.start(settings))
			.withMessageContaining("refuses to run as root")
			.withMessageContaining("/nonexistent/setpriv");
	}

	@Test
	void refusesAHomeThatNobodyCannotReachWhenRoot() throws Exception {
		assumeThat(Privileges.runningAsRoot()).as("only root hands the node to nobody").isTrue();
		var locked = Files.createTempDirectory("iq-locked");
		Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		LocalNodeSettings settings = LocalNodeSettings.defaults().withHome(locked.resolve("home"));
		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(() -> LocalElasticsearchNode.start(settings))
			.withMessageContaining("is not searchable by others");
	}

	private String get(URI base, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
