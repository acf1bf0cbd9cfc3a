package de.netzwerkiq.directory.api.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
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
 * A POST whose body is the JSON literal {@code null} (whatever follows it) makes Spring
 * for GraphQL 1.4 fail with a NullPointerException, a 500; it gets the 400 every other
 * non-object body gets. Only the leading whitespace and the first four bytes are read
 * ahead; the rest streams on untouched.
 */
class NullBodyGuard extends OncePerRequestFilter {

	/**
	 * Leading whitespace read ahead at most; the request size limit caps bodies anyway.
	 */
	private static final int MAX_LEADING = 8192;

	private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		InputStream in = request.getInputStream();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int b = in.read();
		// Whitespace and a UTF-8 byte order mark, which JSON readers skip.
		while (b != -1 && head.size() < MAX_LEADING
				&& (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
			head.write(b);
			b = in.read();
		}
		boolean isNull = b == 'n';
		if (b != -1) {
			head.write(b);
		}
		for (int i = 1; isNull && i < NULL.length; i++) {
			b = in.read();
			if (b != -1) {
				head.write(b);
			}
			isNull = b == NULL[i];
		}
		if (isNull) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request body must be a JSON object such as "
						+ "{\\\"query\\\": \\\"{ adviceCentres { totalCount } }\\\"}\","
						+ "\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
			return;
		}
		chain.doFilter(new Replayed(request, new SequenceInputStream(new ByteArrayInputStream(head.toByteArray()), in)),
				response);
	}

	/** The request with the bytes read ahead put back in front. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final InputStream body;

		Replayed(HttpServletRequest request, InputStream body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				private boolean finished;

				@Override
				public int read() throws IOException {
					int b = Replayed.this.body.read();
					this.finished = b == -1;
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = Replayed.this.body.read(buffer, offset, length);
					this.finished = n == -1;
					return n;
				}

				@Override
				public boolean isFinished() {
					return this.finished;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Blocking reads only");
				}

			};
		}

	}

}
