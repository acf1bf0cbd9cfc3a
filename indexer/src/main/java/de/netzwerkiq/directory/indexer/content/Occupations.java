package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The thesaurus of reference occupations ({@code code-lists/occupations.tsv}), the one
 * definition validation, the index and the API use: per KldB 2010 code whether it is
 * regulated, the German level it needs and its names in every content language.
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
		return CodeListFile.read(RESOURCE, Occupations::parse, Occupation::kldbCode);
	}

	private static Occupation parse(String line, int number) {
		ContentLanguage[] languages = ContentLanguage.values();
		String[] columns = line.split("\t", -1);
		if (columns.length != 3 + languages.length || !columns[0].matches("\\d{5}") || !columns[1].matches("true|false")
				|| !columns[2].matches("[ABC][12]")) {
			throw new IllegalStateException(RESOURCE + " line " + number
					+ " is not: code, regulated, German level, then names in " + Arrays.toString(languages));
		}
		Map<ContentLanguage, List<String>> names = new EnumMap<>(ContentLanguage.class);
		for (int i = 0; i < languages.length; i++) {
			List<String> cell = Arrays.stream(columns[3 + i].split("\\|")).map(String::strip).toList();
			if (cell.stream().anyMatch(String::isEmpty)) {
				throw new IllegalStateException(
						RESOURCE + " line " + number + " has an empty " + languages[i].code() + " name");
			}
			names.put(languages[i], cell);
		}
		return new Occupation(columns[0], Boolean.parseBoolean(columns[1]), CefrLevel.valueOf(columns[2]), names);
	}

}
