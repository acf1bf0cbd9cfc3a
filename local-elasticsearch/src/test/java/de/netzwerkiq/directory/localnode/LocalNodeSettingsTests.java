package de.netzwerkiq.directory.localnode;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalNodeSettingsTests {

	@Test
	void rejectsAHeapThatElasticsearchWouldNotUnderstand() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalNodeSettings.defaults().withHeap("512 MB"))
			.withMessageContaining("512m or 1g");
	}

	@Test
	void defaultHomeIsReachableByNobodyWhenRoot() {
		if (Privileges.runningAsRoot() && System.getenv(LocalNodeSettings.HOME_ENV) == null) {
			assertThat(LocalNodeSettings.defaults().home().startsWith("/root")).isFalse();
		}
		assertThat(LocalNodeSettings.defaults().home()).isAbsolute();
	}

	@Test
	void readsTheHttpAddressFromThePortsFile() {
		assertThat(LocalElasticsearchNode.parsePortsFile(List.of("127.0.0.1:41757", "[::1]:41757")))
			.hasValueSatisfying((uri) -> assertThat(uri).hasToString("http://127.0.0.1:41757"));
		assertThat(LocalElasticsearchNode.parsePortsFile(List.of("", " "))).as("file still being written").isEmpty();
	}

	@Test
	void theBuildRecordedTheDistributionVersion() {
		assertThat(ElasticsearchDistribution.buildVersion()).matches("8\\.19\\.\\d+");
	}

}
