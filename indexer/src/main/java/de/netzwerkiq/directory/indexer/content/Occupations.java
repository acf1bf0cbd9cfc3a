package de.netzwerkiq.directory.indexer.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The code list of reference occupations ({@code code-lists/occupations.tsv}), the one
 * definition validation, the index and the API use.
 */
public final class Occupations {

	private static final String RESOURCE = "code-lists/occupations.tsv";

	private static final Map<String, Occupation> BY_CODE = load();

	private Occupations() {
	}

	public static Optional<Occupation> byCode(String kldbCode) {
		return Optional.ofNullable(BY_CODE.get(kldbCode));
	}

	public static Collection<Occupation> all() {
		return BY_CODE.values();
	}

	private static Map<String, Occupation> load() {
		Map<String, Occupation> occupations = new LinkedHashMap<>();
		try (InputStream in = Occupations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				if (columns.length != 4 || !columns[0].matches("\\d{5}")) {
					throw new IllegalStateException(
							RESOURCE + " line " + number + " is not code, regulated, German, English");
				}
				occupations.put(columns[0],
						new Occupation(columns[0], Boolean.parseBoolean(columns[1]), columns[2], columns[3]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(occupations);
	}

}
