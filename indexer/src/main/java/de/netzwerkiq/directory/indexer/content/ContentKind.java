package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of content, one index (behind one alias) each. The slug is the one name of a
 * kind used in index names, file names and the command line.
 */
public enum ContentKind {

	ADVICE_CENTRES("advice-centres"), TRAINING_OFFERS("training-offers"), CURRICULA("curricula"),
	START_UP_RESOURCES("start-up-resources");

	private final String slug;

	ContentKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

	/** The name of this kind's source file: {@code advice-centres.ndjson}. */
	public String fileName() {
		return this.slug + ".ndjson";
	}

	public static ContentKind fromSlug(String slug) {
		String wanted = slug.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((kind) -> kind.slug.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown content kind '" + slug + "'; expected one of "
					+ Arrays.stream(values()).map(ContentKind::slug).collect(Collectors.joining(", "))));
	}

}
