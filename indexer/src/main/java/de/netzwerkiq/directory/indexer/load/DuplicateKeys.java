package de.netzwerkiq.directory.indexer.load;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.google.code.externalsorting.ExternalSort;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.NdjsonReader;
import de.netzwerkiq.directory.indexer.validation.Violation;

/**
 * Repeated ids and slugs in a source, found in bounded memory: a first pass writes one
 * line per key ({@code field, key, line}) to a temporary file, an external sort
 * (externalsortinginjava) orders them in blocks of {@value #SORT_MEMORY_BYTES} bytes, and
 * a scan of the sorted keys reports every repeat with the line of the first. Holding
 * every key in maps took about 260 bytes of heap per record, 260 MB for a million.
 */
final class DuplicateKeys {

	static final long SORT_MEMORY_BYTES = 16L << 20;

	private DuplicateKeys() {
	}

	/** The two keys of a line; every other field is skipped, not bound. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Keys(String id, String slug) {

	}

	/**
	 * Every line that repeats an id or slug of an earlier line, with its violations (id
	 * first). Lines that are not JSON objects are skipped; reading the source reports
	 * them.
	 */
	static Map<Long, List<Violation>> find(ContentSource source) throws IOException {
		Path directory = Files.createTempDirectory("iq-directory-keys");
		try {
			Path keys = directory.resolve("keys");
			try (BufferedWriter out = Files.newBufferedWriter(keys, StandardCharsets.UTF_8)) {
				new NdjsonReader<>(ContentJson.objectMapper(), Keys.class).read(source, (parsed) -> {
					long line = parsed.position().line();
					write(out, "id", parsed.value().id(), line);
					write(out, "slug", parsed.value().slug(), line);
				}, (rejected) -> {
				});
			}
			Path sorted = directory.resolve("sorted");
			// Keys are URL-encoded (no tab, no line break) and lines zero-padded, so
			// plain string order groups each key with its lines in file order.
			Comparator<String> order = Comparator.naturalOrder();
			try (BufferedReader in = Files.newBufferedReader(keys, StandardCharsets.UTF_8)) {
				List<File> blocks = ExternalSort.sortInBatch(in, Files.size(keys), order,
						ExternalSort.DEFAULTMAXTEMPFILES, SORT_MEMORY_BYTES, StandardCharsets.UTF_8, directory.toFile(),
						false, 0, false, false);
				ExternalSort.mergeSortedFiles(blocks, sorted.toFile(), order, StandardCharsets.UTF_8, false, false,
						false);
			}
			return repeats(sorted);
		}
		finally {
			// Only flat files of ours are in it (the sort deletes its blocks after
			// merging).
			try (var files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(directory);
		}
	}

	private static void write(BufferedWriter out, String field, String key, long line) {
		if (key == null) {
			return;
		}
		try {
			out.write(field);
			out.write('\t');
			out.write(URLEncoder.encode(key, StandardCharsets.UTF_8));
			out.write('\t');
			// Zero-padded to 19 digits (String.format took a tenth of this pass).
			String digits = Long.toString(line);
			for (int i = digits.length(); i < 19; i++) {
				out.write('0');
			}
			out.write(digits);
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<Long, List<Violation>> repeats(Path sorted) throws IOException {
		Map<Long, List<Violation>> repeats = new HashMap<>();
		String group = null;
		long first = 0;
		try (BufferedReader in = Files.newBufferedReader(sorted, StandardCharsets.UTF_8)) {
			String entry;
			while ((entry = in.readLine()) != null) {
				int lineStart = entry.lastIndexOf('\t');
				String fieldAndKey = entry.substring(0, lineStart);
				long line = Long.parseLong(entry.substring(lineStart + 1));
				if (!fieldAndKey.equals(group)) {
					group = fieldAndKey;
					first = line;
					continue;
				}
				int keyStart = fieldAndKey.indexOf('\t');
				String field = fieldAndKey.substring(0, keyStart);
				String key = URLDecoder.decode(fieldAndKey.substring(keyStart + 1), StandardCharsets.UTF_8);
				List<Violation> violations = repeats.computeIfAbsent(line, (l) -> new ArrayList<>(2));
				Violation repeat = new Violation("/" + field,
						field + " '" + key + "' is already used on line " + first);
				// One line may repeat both: the id's message comes first, as before.
				if (field.equals("id")) {
					violations.add(0, repeat);
				}
				else {
					violations.add(repeat);
				}
			}
		}
		return repeats;
	}

}
