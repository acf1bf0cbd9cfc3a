package de.netzwerkiq.directory.api.limits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
		chain.doFilter(
				new BodyStream(request, new SequenceInputStream(new ByteArrayInputStream(head.toByteArray()), in)),
				response);
	}

}
