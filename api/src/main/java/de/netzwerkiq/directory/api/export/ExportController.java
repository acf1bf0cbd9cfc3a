package de.netzwerkiq.directory.api.export;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.http.PlainTextErrors;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * {@code GET /export/<kind>.ndjson}: one kind's live records for an app's offline bundle
 * or a partner's mirror. Sync keeps such a copy current afterwards.
 */
@RestController
@PlainTextErrors
class ExportController {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8");

	private final Export export;

	ExportController(Export export) {
		this.export = export;
	}

	/**
	 * Written in the request's own thread, not as an asynchronous body: an export of a
	 * million records takes longer than the servlet container's asynchronous timeout.
	 */
	@GetMapping("/export/{kind}.ndjson")
	void export(@PathVariable String kind,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
			HttpServletResponse response) throws IOException {
		ContentKind parsed = Export.kind(kind);
		Export.Snapshot snapshot = this.export.snapshot(parsed)
			.orElseThrow(() -> new SearchUnavailableException(
					"There are no live " + parsed.slug() + " yet; try again after the first reindex", null));
		response.setHeader(HttpHeaders.ETAG, snapshot.etag());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue());
		if (matches(ifNoneMatch, snapshot.etag())) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		boolean gzip = acceptsGzip(acceptEncoding);
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentType(NDJSON.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + parsed.slug() + ".ndjson\"");
		this.export.write(snapshot, response.getOutputStream(), gzip);
	}

	/** Weak comparison, as RFC 9110 asks for If-None-Match. */
	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String bare = etag.substring(2);
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::strip)
			.anyMatch((tag) -> tag.equals("*") || tag.equals(etag) || tag.equals(bare));
	}

	private static boolean acceptsGzip(String acceptEncoding) {
		return acceptEncoding != null && Arrays.stream(acceptEncoding.split(","))
			.map(String::strip)
			.anyMatch((coding) -> coding.startsWith("gzip") && !coding.replace(" ", "").endsWith("q=0"));
	}

}
