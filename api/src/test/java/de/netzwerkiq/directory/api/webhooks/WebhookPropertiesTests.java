package de.netzwerkiq.directory.api.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How endpoints are identified, and the settings refused before anything starts. */
class WebhookPropertiesTests {

	private static final String SECRET = "a-receiver-secret-0123";

	@Test
	void aNamedEndpointIsItsNameWhateverItsUrlOrSecret() {
		var before = new WebhookProperties.Endpoint("partner", URI.create("http://a.example/hook"), SECRET, List.of());
		var after = new WebhookProperties.Endpoint("partner", URI.create("https://b.example/new"),
				"another-secret-456789", List.of());
		assertThat(before.id()).isEqualTo(after.id()).isEqualTo("name-partner");
	}

	@Test
	void anUnnamedEndpointIsADigestOfItsUrlNeverTheUrlNorTheSecret() {
		var endpoint = new WebhookProperties.Endpoint(null, URI.create("http://user:pw@a.example/hook?key=k1"), SECRET,
				List.of());
		assertThat(endpoint.id()).matches("[0-9a-f]{24}");
		assertThat(new WebhookProperties.Endpoint(null, URI.create("http://user:pw@a.example/hook?key=k1"),
				"another-secret-456789", List.of())
			.id()).isEqualTo(endpoint.id());
		assertThat(new WebhookProperties.Endpoint(null, URI.create("http://user:pw@a.example/hook?key=k2"), SECRET,
				List.of())
			.id()).isNotEqualTo(endpoint.id());
		assertThat(endpoint.toString()).doesNotContain("pw").doesNotContain("k1").doesNotContain(SECRET);
	}

	@Test
	void endpointsThatWouldShareAnIdAreRefused() {
		var one = new WebhookProperties.Endpoint("partner", URI.create("http://a.example/hook"), SECRET, List.of());
		var same = new WebhookProperties.Endpoint("partner", URI.create("http://b.example/hook"),
				"another-secret-456789", List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> properties(1000, one, same))
			.withMessageContaining("named or have URLs alike twice")
			.withMessageNotContaining(SECRET);
		var unnamed = new WebhookProperties.Endpoint(null, URI.create("http://a.example/hook"), SECRET, List.of());
		var unnamedAgain = new WebhookProperties.Endpoint(null, URI.create("http://a.example/hook"),
				"another-secret-456789", List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> properties(1000, unnamed, unnamedAgain));
		// A name and the same URL unnamed are two endpoints.
		assertThat(properties(1000, one, unnamed).endpoints()).hasSize(2);
	}

	@Test
	void namesOtherThanPlainWordsAreRefused() {
		for (String name : List.of("", "no spaces", "-dash-first", "ü", "a".repeat(65), "a/b", "a\nb")) {
			assertThatIllegalArgumentException().isThrownBy(
					() -> new WebhookProperties.Endpoint(name, URI.create("http://a.example/hook"), SECRET, List.of()))
				.withMessageContaining("iq.webhooks.endpoints[].name");
		}
		assertThat(new WebhookProperties.Endpoint("Partner_1.v2-eu", URI.create("http://a.example/hook"), SECRET,
				List.of())
			.id()).isEqualTo("name-Partner_1.v2-eu");
	}

	@Test
	void attemptsKeptBelowWhatEditorsMayAskForOrPastWhatCanBePrunedAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(199))
			.withMessageContaining("iq.webhooks.attempts-kept must be between 200 and 9000 (got 199)");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(9001)).withMessageContaining("attempts-kept");
		assertThat(properties(200).attemptsKept()).isEqualTo(200);
	}

	@Test
	void errorsAreKeptWithoutTheUrlsCredentialsQueryOrTheSecret() {
		var endpoint = new WebhookProperties.Endpoint(null, URI.create("http://user:pw@a.example/hook?key=k1"), SECRET,
				List.of());
		String error = "IOException: http://user:pw@a.example/hook?key=k1 refused (user:pw, key=k1, " + SECRET + ")";
		assertThat(Webhooks.withoutSecrets(error, endpoint))
			.isEqualTo("IOException: http://a.example/hook refused (…, …, …)");
		assertThat(Webhooks.withoutSecrets(null, endpoint)).isNull();
		assertThat(Webhooks.withoutSecrets("answered 500", endpoint)).isEqualTo("answered 500");
	}

	private static WebhookProperties properties(int attemptsKept, WebhookProperties.Endpoint... endpoints) {
		return new WebhookProperties(List.of(endpoints), Duration.ofSeconds(2), Duration.ofSeconds(5), 8,
				Duration.ofSeconds(10), 100, attemptsKept);
	}

}
