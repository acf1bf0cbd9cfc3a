package de.netzwerkiq.directory.indexer.validation;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;

import static org.assertj.core.api.Assertions.assertThat;

class SampleContentTests {

	@Test
	void isADozenOrMoreFictionalCentresInSeveralFederalStates() throws IOException {
		List<AdviceCentreRecord> sample = AdviceCentreValidatorTests.sample();
		assertThat(sample).hasSizeGreaterThanOrEqualTo(12);
		assertThat(sample).allMatch(AdviceCentreRecord::sampleData, "marked as sample data");
		assertThat(sample).allSatisfy((r) -> assertThat(r.title().get("de")).endsWith("(Beispiel)"));
		assertThat(sample.stream().map((r) -> r.address().federalState()).distinct().count()).isGreaterThanOrEqualTo(8);
		assertThat(sample).allSatisfy((r) -> assertThat(r.contact().email()).endsWith("@example.org"));
	}

}
