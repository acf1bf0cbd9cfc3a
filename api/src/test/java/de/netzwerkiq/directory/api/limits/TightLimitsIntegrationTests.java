package de.netzwerkiq.directory.api.limits;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits an operator has tightened, as in production: shallow queries, a short timeout
 * and no introspection.
 */
@ApiIntegrationTest
@TestPropertySource(properties = { "iq.limits.max-depth=4", "iq.limits.timeout=1ms",
		"spring.graphql.schema.introspection.enabled=false" })
class TightLimitsIntegrationTests {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void aQueryDeeperThanTheLimitIsRefusedNamingBothDepths() {
		this.graphQl.document("{ adviceCentres(first: 1) { edges { node { offices { address { city } } } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("The query nests fields 6 levels deep; the limit is 4");
				assertThat(error.getExtensions()).containsEntry("limit", "maxDepth")
					.containsEntry("maximum", 4)
					.containsEntry("actual", 6);
			}));
	}

	@Test
	void afterTheTimeoutNoFurtherSearchIsStarted() {
		// The first search alone takes longer than 1 ms; the second is not started.
		this.graphQl.document("{ a: adviceCentres(first: 1) { totalCount } b: curricula(first: 1) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).anySatisfy((error) -> {
				assertThat(error.getErrorType()).hasToString("TIMEOUT");
				assertThat(error.getPath()).isEqualTo("b");
				assertThat(error.getMessage()).contains("ran longer than its limit of 1 ms");
				assertThat(error.getExtensions()).containsEntry("limit", "timeout");
			}));
	}

	@Test
	void introspectionCanBeSwitchedOff() {
		this.graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getMessage()).containsIgnoringCase("introspection")));
	}

}
