package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.danielnaber.jwordsplitter.GermanWordSplitter;

/**
 * The parts of the German compound words in a record's texts, so that "Beratung" finds
 * "Anerkennungsberatung" and "Kurs" finds "Sprachkurs". Elasticsearch's decompounder
 * lives in analysis-common, which the minimal distribution lacks; splitting here, with
 * jwordsplitter's dictionary, works the same on every cluster.
 *
 * <p>
 * A compound of n parts yields every run of adjacent parts but the whole word (the text
 * fields already have that): "Berufssprachkurs" gives berufs, sprach, kurs, berufssprach
 * and sprachkurs, so "Sprachkurs" finds it too.
 */
public final class GermanCompounds {

	/** German nouns are capitalised; shorter words are hardly ever compounds. */
	private static final Pattern CANDIDATE = Pattern.compile("\\p{Lu}\\p{Ll}{6,}+");

	/**
	 * Splitting costs a few microseconds a word; texts repeat words, so each word is
	 * split once. Bounded because a long reindex meets unbounded vocabulary.
	 */
	private static final int CACHE_LIMIT = 100_000;

	private static final Map<String, Split> CACHE = new ConcurrentHashMap<>();

	/**
	 * jwordsplitter refuses longer words (it throws, to bound its time); no compound is
	 * that long, but a text may have such a run of letters.
	 */
	private static final int MAX_LENGTH = 70;

	private static final GermanWordSplitter SPLITTER = splitter();

	private GermanCompounds() {
	}

	/** The parts of the compounds in these texts, lower case, each once. */
	public static List<String> parts(Collection<String> texts) {
		Set<String> parts = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			Matcher words = CANDIDATE.matcher(text);
			while (words.find()) {
				parts.addAll(decompose(words.group()).runs());
			}
		}
		return List.copyOf(parts);
	}

	/** The runs of adjacent parts of one word, empty when it is no compound. */
	static List<String> split(String word) {
		return compute(word).runs();
	}

	/** {@link #split} with its atoms, cached: each distinct word is split once. */
	static Split decompose(String word) {
		Split split = CACHE.get(word);
		if (split == null) {
			split = compute(word);
			if (CACHE.size() < CACHE_LIMIT) {
				CACHE.put(word, split);
			}
		}
		return split;
	}

	private static Split compute(String word) {
		if (word.length() > MAX_LENGTH) {
			return Split.NONE;
		}
		List<String> parts;
		synchronized (SPLITTER) {
			// jwordsplitter keeps no state between calls but does not promise to be
			// thread-safe; the cache makes this lock rare.
			parts = SPLITTER.splitWord(word);
		}
		if (parts.size() < 2) {
			return Split.NONE;
		}
		List<String> atoms = parts.stream().map((part) -> part.toLowerCase(Locale.GERMAN)).distinct().toList();
		String lower = word.toLowerCase(Locale.GERMAN);
		int[] starts = new int[parts.size() + 1];
		int from = 0;
		for (int i = 0; i < parts.size(); i++) {
			int at = lower.indexOf(parts.get(i).toLowerCase(Locale.GERMAN), from);
			if (at < 0) {
				// A part it rewrote (a hidden interfix): keep the parts, skip the runs.
				return new Split(atoms, atoms);
			}
			starts[i] = at;
			from = at + parts.get(i).length();
		}
		starts[parts.size()] = lower.length();
		List<String> runs = new ArrayList<>();
		for (int first = 0; first < parts.size(); first++) {
			for (int last = first; last < parts.size(); last++) {
				if (first == 0 && last == parts.size() - 1) {
					continue;
				}
				int end = (last == parts.size() - 1) ? lower.length() : starts[last] + parts.get(last).length();
				runs.add(lower.substring(starts[first], end));
			}
		}
		return new Split(atoms, runs.stream().distinct().toList());
	}

	/**
	 * How a word splits.
	 *
	 * @param atoms its parts, lower case (what a query must all find when it does not
	 * find the whole word)
	 * @param runs every run of adjacent parts but the whole word, the atoms included
	 * (what a document is found by)
	 */
	record Split(List<String> atoms, List<String> runs) {

		static final Split NONE = new Split(List.of(), List.of());

		boolean isCompound() {
			return !this.atoms.isEmpty();
		}

	}

	/**
	 * Where the parts of one word start, as offsets into the word ({@code [0, 8]} for
	 * "Gründungsberatung"); empty when it is no compound or a part was rewritten. A
	 * linking s stays at the end of the part before it.
	 */
	static int[] partStarts(String word) {
		if (word.length() > MAX_LENGTH) {
			return new int[0];
		}
		List<String> parts;
		synchronized (SPLITTER) {
			parts = SPLITTER.splitWord(word);
		}
		if (parts.size() < 2) {
			return new int[0];
		}
		String lower = word.toLowerCase(Locale.GERMAN);
		int[] starts = new int[parts.size()];
		int from = 0;
		for (int i = 0; i < parts.size(); i++) {
			int at = lower.indexOf(parts.get(i).toLowerCase(Locale.GERMAN), from);
			if (at < 0) {
				return new int[0];
			}
			starts[i] = at;
			from = at + parts.get(i).length();
		}
		return starts;
	}

	private static GermanWordSplitter splitter() {
		try {
			// true: "Anerkennungsberatung" is Anerkennung + beratung, without the linking
			// s.
			return new GermanWordSplitter(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("jwordsplitter's German dictionary cannot be read", ex);
		}
	}

}
