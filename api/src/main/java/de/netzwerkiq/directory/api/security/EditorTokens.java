package de.netzwerkiq.directory.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * JWT bearer tokens for editors, beside API keys: a token's roles claim (a list, or a
 * space-separated string) becomes roles, so {@code "roles": ["editor"]} makes an editor.
 * A bearer value shaped like a JWT goes to the token check, anything else to the API
 * keys.
 */
final class EditorTokens {

	private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

	private EditorTokens() {
	}

	/** HS256 with a shared secret, for a setup without an identity provider. */
	static JwtDecoder sharedSecret(String secret) {
		byte[] key = secret.getBytes(StandardCharsets.UTF_8);
		if (key.length < 32) {
			throw new IllegalStateException("iq.security.jwt-secret must be at least 32 bytes for HS256 (got "
					+ key.length + "); generate one with: openssl rand -base64 48");
		}
		return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
	}

	static boolean looksLikeJwt(String token) {
		return token != null && JWT.matcher(token).matches();
	}

	/**
	 * The bearer value when it is shaped like a JWT; API keys are left to their filter.
	 */
	static String jwtOnly(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = authorization.substring(7).strip();
		return looksLikeJwt(token) ? token : null;
	}

	static Converter<Jwt, AbstractAuthenticationToken> roles(String claim) {
		return (jwt) -> {
			Object value = jwt.getClaims().get(claim);
			Collection<?> names = (value instanceof Collection<?> list) ? list
					: (value instanceof String text) ? List.of(text.split(" ")) : List.of();
			List<GrantedAuthority> authorities = names.stream()
				.map(String::valueOf)
				.filter((name) -> !name.isBlank())
				.map((name) -> (GrantedAuthority) new SimpleGrantedAuthority(
						"ROLE_" + name.strip().toUpperCase(Locale.ROOT)))
				.toList();
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		};
	}

	/** 401 in GraphQL's error shape, as for a wrong API key. */
	static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("WWW-Authenticate", "Bearer");
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
	}

}
