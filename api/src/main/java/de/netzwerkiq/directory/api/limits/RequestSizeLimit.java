package de.netzwerkiq.directory.api.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
		chain.doFilter(
				(length < 0) ? new BodyStream(request, new Capped(request.getInputStream(), this.maximum)) : request,
				response);
	}

	/** A body that ends with an error after the limit. */
	private static final class Capped extends FilterInputStream {

		private final long maximum;

		private long read;

		Capped(InputStream in, long maximum) {
			super(in);
			this.maximum = maximum;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int bytes) throws IOException {
			this.read += bytes;
			if (this.read > this.maximum) {
				throw new IOException("The request body is longer than " + this.maximum + " bytes");
			}
		}

	}

}
