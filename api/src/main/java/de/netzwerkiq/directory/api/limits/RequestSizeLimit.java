package de.netzwerkiq.directory.api.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of a GraphQL request before it is read into memory: a declared length
 * over the limit gets 413 at once, and a body without a declared length is cut off at the
 * limit, which Spring answers with 400.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maximum;

	RequestSizeLimit(LimitsProperties limits) {
		this.maximum = limits.maxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maximum) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request body is " + length + " bytes; the limit is "
						+ this.maximum + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\","
						+ "\"limit\":\"maxRequestSize\",\"maximum\":" + this.maximum + ",\"actual\":" + length
						+ "}}]}");
			return;
		}
		chain.doFilter((length < 0) ? new Capped(request, this.maximum) : request, response);
	}

	/** A request whose body ends with an error after the limit. */
	private static final class Capped extends HttpServletRequestWrapper {

		private final long maximum;

		Capped(HttpServletRequest request, long maximum) {
			super(request);
			this.maximum = maximum;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++this.read > Capped.this.maximum) {
						throw new IOException("The request body is longer than " + Capped.this.maximum + " bytes");
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						this.read += n;
						if (this.read > Capped.this.maximum) {
							throw new IOException("The request body is longer than " + Capped.this.maximum + " bytes");
						}
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
