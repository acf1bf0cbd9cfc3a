package de.netzwerkiq.directory.api.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a valid editor API key into an authenticated editor. No key: the request goes on
 * anonymously (queries are public). A wrong key: 401 at once, in GraphQL's error shape,
 * so a client with a typo in its secret hears about it instead of silently losing rights.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String ROLE_EDITOR = "ROLE_EDITOR";

	private final EditorKeys keys;

	private final boolean tokens;

	/**
	 * @param tokens whether JWTs are accepted too; they are then left to the token check
	 */
	ApiKeyAuthenticationFilter(EditorKeys keys, boolean tokens) {
		this.keys = keys;
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null || (this.tokens && EditorTokens.looksLikeJwt(key))) {
			chain.doFilter(request, response);
			return;
		}
		if (!this.keys.accepts(key)) {
			EditorTokens.refuse(response, "The API key is not valid");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor", null,
					List.of(new SimpleGrantedAuthority(ROLE_EDITOR))));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static String key(HttpServletRequest request) {
		String header = request.getHeader("X-API-Key");
		if (header != null && !header.isBlank()) {
			return header.strip();
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		return null;
	}

}
