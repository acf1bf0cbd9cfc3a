package de.netzwerkiq.directory.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Query documents known by their SHA-256 hash, so a client sends a short hash instead of
 * the document, and a GET URL stays short enough for caches: trusted documents shipped
 * with the API ({@code classpath:graphql-documents/**}{@code /*.graphql}) and, when
 * switched on, documents clients register (automatic persisted queries).
 */
@Component
public class PersistedDocuments {

	private static final Logger log = LoggerFactory.getLogger(PersistedDocuments.class);

	private final Map<String, String> trusted;

	private final Map<String, String> registered;

	private final boolean registration;

	PersistedDocuments(HttpProperties properties) {
		this.trusted = loadTrusted();
		this.registration = properties.automaticPersistedQueries();
		int capacity = properties.maxRegisteredDocuments();
		this.registered = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > capacity;
			}

		});
	}

	public Optional<String> byHash(String hash) {
		String key = hash.toLowerCase(java.util.Locale.ROOT);
		String document = this.trusted.get(key);
		return Optional.ofNullable((document != null) ? document : this.registered.get(key));
	}

	/**
	 * Remembers a document under its hash.
	 * @return null when registered, else why not
	 */
	public String register(String hash, String document) {
		if (!sha256(document).equalsIgnoreCase(hash)) {
			return "The persisted query hash does not match the document (expected the SHA-256 of the query text, in hex)";
		}
		String key = hash.toLowerCase(java.util.Locale.ROOT);
		if (this.registration && !this.trusted.containsKey(key)) {
			this.registered.put(key, document);
		}
		return null;
	}

	public static String sha256(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> loadTrusted() {
		Map<String, String> documents = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graphql-documents/**/*.graphql")) {
				try (InputStream in = resource.getInputStream()) {
					String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					documents.put(sha256(document), document);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The trusted documents could not be read", ex);
		}
		log.info("{} trusted GraphQL documents known by hash", documents.size());
		return Map.copyOf(documents);
	}

}
