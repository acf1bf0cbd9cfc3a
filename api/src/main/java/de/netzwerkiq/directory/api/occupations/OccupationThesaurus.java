package de.netzwerkiq.directory.api.occupations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Occupations;

/**
 * Finds the occupations a search text names, in any content language: "ممرضة",
 * "медсестра", "nurse" and "hemşire" all name Pflegefachfrau/Pflegefachmann (81302). This
 * happens before the query is sent, so it works on every cluster, and a search then finds
 * records by occupation code whatever language they are written in.
 *
 * <p>
 * Names and texts are compared after folding: lower case, no accents or Arabic vowel
 * marks, and the Arabic and Persian spellings of the same letters made one. A name of six
 * letters or more also matches a word that adds up to three letters to its stem, so
 * "медсестры" and "hemşireler" match too. Longer names win over shorter ones.
 */
@Component
public class OccupationThesaurus {

	/** Inflected endings allowed after a name's stem ("-ler", "-ы", "-en"). */
	private static final int MAX_ENDING = 3;

	private static final int MIN_STEMMED_LENGTH = 6;

	/** Letters with their marks: Arabic vowel signs sit inside words. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]+");

	/** Folded name, words joined by single spaces, to what it names. */
	private final Map<String, List<Name>> byName = new HashMap<>();

	/**
	 * Stem of a one-word name of {@link #MIN_STEMMED_LENGTH} or more, to what it names.
	 */
	private final Map<String, List<Name>> byStem = new HashMap<>();

	private final int longestName;

	public OccupationThesaurus() {
		int longest = 1;
		for (Occupation occupation : Occupations.all()) {
			for (var entry : occupation.names().entrySet()) {
				for (String name : entry.getValue()) {
					List<String> words = words(name).stream().map(Word::folded).toList();
					if (words.isEmpty()) {
						continue;
					}
					Name named = new Name(occupation, entry.getKey());
					this.byName.computeIfAbsent(String.join(" ", words), (k) -> new ArrayList<>()).add(named);
					String only = words.get(0);
					if (words.size() == 1 && only.length() >= MIN_STEMMED_LENGTH) {
						this.byStem.computeIfAbsent(stem(only), (k) -> new ArrayList<>()).add(named);
					}
					longest = Math.max(longest, words.size());
				}
			}
		}
		this.longestName = longest;
	}

	/** The occupations a text names and what is left of it. */
	public OccupationText read(String text) {
		if (text == null || text.isBlank()) {
			return OccupationText.NONE;
		}
		List<Word> words = words(text);
		Map<String, OccupationMatch> matches = new LinkedHashMap<>();
		boolean[] used = new boolean[words.size()];
		for (int start = 0; start < words.size();) {
			int matched = matchAt(words, start, matches);
			for (int i = start; i < start + matched; i++) {
				used[i] = true;
			}
			start += Math.max(matched, 1);
		}
		if (matches.isEmpty()) {
			return new OccupationText(List.of(), text.strip());
		}
		StringBuilder remainder = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			if (!used[i]) {
				remainder.append((remainder.length() > 0) ? " " : "").append(words.get(i).typed());
			}
		}
		return new OccupationText(List.copyOf(matches.values()), remainder.toString());
	}

	/** How many words from {@code start} name occupations (0 for none), longest first. */
	private int matchAt(List<Word> words, int start, Map<String, OccupationMatch> matches) {
		for (int length = Math.min(this.longestName, words.size() - start); length >= 1; length--) {
			List<Word> run = words.subList(start, start + length);
			List<Name> named = this.byName.get(String.join(" ", run.stream().map(Word::folded).toList()));
			if (named == null && length == 1) {
				named = byInflection(run.get(0).folded());
			}
			if (named != null) {
				String typed = String.join(" ", run.stream().map(Word::typed).toList());
				for (Name name : named) {
					matches.putIfAbsent(name.occupation().kldbCode(),
							new OccupationMatch(name.occupation(), typed, name.language().code()));
				}
				return length;
			}
		}
		return 0;
	}

	private List<Name> byInflection(String word) {
		for (int ending = 1; ending <= MAX_ENDING + 1; ending++) {
			int stemLength = word.length() - ending;
			if (stemLength < MIN_STEMMED_LENGTH - 1) {
				break;
			}
			List<Name> named = this.byStem.get(word.substring(0, stemLength));
			if (named != null) {
				return named;
			}
		}
		return null;
	}

	/** A name minus its last letter, so "медсестра" and "медсестры" share "медсестр". */
	private static String stem(String folded) {
		return folded.substring(0, folded.length() - 1);
	}

	static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), fold(matcher.group())));
		}
		return words;
	}

	/** Lower case without accents, with one spelling per Arabic-script letter. */
	static String fold(String word) {
		String folded = Normalizer.normalize(word.replace('İ', 'i').replace('ı', 'i'), Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT);
		folded = MARKS.matcher(folded).replaceAll("");
		StringBuilder out = new StringBuilder(folded.length());
		for (char c : folded.toCharArray()) {
			out.append(switch (c) {
				case 'ی', 'ى' -> 'ي';
				case 'ک' -> 'ك';
				case 'ة' -> 'ه';
				case 'ß' -> 's';
				default -> c;
			});
		}
		String result = out.toString().replace("ss", "s");
		// The Arabic article is written together with its noun: الممرضة is ممرضة.
		return (result.startsWith("ال") && result.length() >= 5) ? result.substring(2) : result;
	}

	record Word(String typed, String folded) {
	}

	private record Name(Occupation occupation, ContentLanguage language) {
	}

}
