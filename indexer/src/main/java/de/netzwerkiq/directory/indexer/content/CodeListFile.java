package de.netzwerkiq.directory.indexer.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads a bundled code list (occupations.tsv, concepts.tsv): UTF-8, one entry a line,
 * blank lines and lines starting with '#' skipped, every key once.
 */
final class CodeListFile {

	private CodeListFile() {
	}

	/**
	 * @param parse turns a line and its number into an entry
	 * @param key an entry's key, which no other line may repeat
	 */
	static <K, V> Map<K, V> read(String resource, BiFunction<String, Integer, V> parse, Function<V, K> key) {
		Map<K, V> entries = new LinkedHashMap<>();
		try (InputStream in = CodeListFile.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank() && !line.startsWith("#")) {
					V entry = parse.apply(line, number);
					if (entries.put(key.apply(entry), entry) != null) {
						throw new IllegalStateException(resource + " line " + number + " repeats " + key.apply(entry));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(entries);
	}

}
