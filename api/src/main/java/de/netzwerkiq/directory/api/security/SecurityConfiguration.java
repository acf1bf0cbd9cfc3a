package de.netzwerkiq.directory.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import de.netzwerkiq.directory.api.elasticsearch.EmbeddedElasticsearch;

/**
 * Queries are public; mutations and editor queries need the editor role, checked per
 * field with method security ({@code @PreAuthorize}), so one GraphQL endpoint serves
 * both. Stateless: no sessions, no cookies, hence no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	EditorKeys editorKeys(SecurityProperties properties, ObjectProvider<EmbeddedElasticsearch> embedded) {
		if (!properties.editorApiKeys().isEmpty()) {
			return EditorKeys.configured(properties.editorApiKeys());
		}
		if (embedded.getIfAvailable() != null) {
			return EditorKeys.development();
		}
		log.warn("No editor API keys configured (iq.security.editor-api-keys): every mutation will be refused");
		return EditorKeys.configured(java.util.List.of());
	}

	/**
	 * No observation of every security filter on every public query: work on each request
	 * for no insight; request timings are observed for GraphQL and HTTP as a whole.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Tokens signed with a shared secret, when no identity provider is configured. */
	@Bean
	@ConditionalOnProperty("iq.security.jwt-secret")
	JwtDecoder sharedSecretJwtDecoder(SecurityProperties properties) {
		return EditorTokens.sharedSecret(properties.jwtSecret());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, EditorKeys keys, ObjectProvider<JwtDecoder> decoders,
			SecurityProperties properties) throws Exception {
		// A decoder exists with iq.security.jwt-secret or with Spring Boot's
		// spring.security.oauth2.resourceserver.jwt.issuer-uri / jwk-set-uri.
		JwtDecoder decoder = decoders.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer((server) -> server.bearerTokenResolver(EditorTokens::jwtOnly)
				.authenticationEntryPoint((request, response, ex) -> EditorTokens.refuse(response,
						"The bearer token is not valid: " + ex.getMessage()))
				.jwt((jwt) -> jwt.decoder(decoder)
					.jwtAuthenticationConverter(EditorTokens.roles(properties.jwtRolesClaim()))));
		}
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, decoder != null), AnonymousAuthenticationFilter.class)
			.build();
	}

}
