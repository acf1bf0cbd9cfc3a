package de.netzwerkiq.directory.api.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A POST whose body is the JSON literal {@code null} makes Spring for GraphQL 1.4 fail
 * with a NullPointerException (a 500); it gets the 400 every other non-object body gets.
 * Only tiny bodies are looked at: no real request is that short.
 */
class NullBodyGuard extends OncePerRequestFilter {

	private static final int LOOKED_AT = 64;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (!"POST".equals(request.getMethod()) || length < 0 || length > LOOKED_AT) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(LOOKED_AT);
		if (new String(body, StandardCharsets.UTF_8).strip().equals("null")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request body must be a JSON object such as "
						+ "{\\\"query\\\": \\\"{ adviceCentres { totalCount } }\\\"}\","
						+ "\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
			return;
		}
		chain.doFilter(new Replayed(request, body), response);
	}

	/** The request with its already read body readable again. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

	}

}
