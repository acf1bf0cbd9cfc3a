package de.netzwerkiq.directory.api.limits;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body is read through another stream (one that stops at a limit, or puts
 * back bytes read ahead). Blocking reads only, as Spring MVC's message converters read.
 */
final class BodyStream extends HttpServletRequestWrapper {

	private final InputStream body;

	BodyStream(HttpServletRequest request, InputStream body) {
		super(request);
		this.body = body;
	}

	@Override
	public ServletInputStream getInputStream() {
		return new ServletInputStream() {

			private boolean finished;

			@Override
			public int read() throws IOException {
				int b = BodyStream.this.body.read();
				this.finished = b == -1;
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = BodyStream.this.body.read(buffer, offset, length);
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
