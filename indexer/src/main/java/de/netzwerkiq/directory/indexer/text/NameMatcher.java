package de.netzwerkiq.directory.indexer.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ar.ArabicStemmer;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * Finds the names of a thesaurus in a search text, in any language: the one matching
 * logic of the occupation and the concept thesauri, so that both fold, split and inflect
 * alike. It has no Spring dependency; each thesaurus turns what it finds into its own
 * matches.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>Names and texts are compared after {@link #fold folding}: lower case, no accents or
 * Arabic vowel marks, the Arabic and Persian spellings of the same letters made one, ß
 * and ss made s, the Arabic article dropped.</li>
 * <li>A name may be several words; the longest name starting at a word wins, and the
 * words it covers leave the remainder.</li>
 * <li>A one-word name of six letters or more also matches a word that adds up to three
 * letters to its stem (the name minus its last letter): "медсестры", "hemşireler",
 * "Gründungs".</li>
 * <li>A one-word name of any length also matches a word of its language with the same
 * stem by that language's analysis (the one documents get), four letters or more: the
 * endings of short names ("nurses", "Ärzte", "aşçılar") and the long Turkish ones
 * ("öğretmenlerin"). Not in Arabic and Persian, whose stemmers join words the thesaurus
 * keeps apart (see {@link #PERSIAN}).</li>
 * <li>Only when asked for ({@code germanCompounds}): a word of seven Latin letters or
 * more that names nothing as a whole is read as a German compound. Its parts are where
 * jwordsplitter's dictionary splits it ("Gründungs|beratung"), or, for words the
 * dictionary does not know, where a German name of eight letters or more starts or ends
 * it ("Gruendungs|beratung" when "Gruendung" is a name). Runs of adjacent parts then
 * match German names, exactly or inflected, longest run first: four letters or more at
 * the end of the word, six or more elsewhere, so "Kursdorf" is no course and "Lohnsteuer"
 * no wage. The dictionary keeps "Konkurs" from being a "Kurs"; a word whose parts are not
 * all names ("Sprachkursangebote") still names what it can but stays in the
 * remainder.</li>
 * <li>A word of seven letters or more that names nothing otherwise names what a one-word
 * name one typo away names (two from twelve letters on): "Mindeslohn", "Kentnisprüfung".
 * Never when two names of different things are as near.</li>
 * </ul>
 *
 * @param <T> what a name names
 */
public final class NameMatcher<T> {

	/** Inflected endings allowed after a name's stem ("-ler", "-ы", "-en"). */
	private static final int MAX_ENDING = 3;

	private static final int MIN_STEMMED_LENGTH = 6;

	/** Languages whose analysis reads a name's inflected forms. */
	private static final Set<ContentLanguage> STEMMED_LANGUAGES = EnumSet.of(ContentLanguage.DE, ContentLanguage.EN,
			ContentLanguage.FR, ContentLanguage.TR, ContentLanguage.RU, ContentLanguage.UK);

	/** Shorter stems are too often another word's ("arb", "ku"). */
	private static final int MIN_LANGUAGE_STEM = 4;

	/** Shorter words are hardly ever compounds (as in {@link GermanCompounds}). */
	private static final int MIN_COMPOUND_LENGTH = 7;

	/** The last part of a compound must name at least this much: "Kurs" yes, "Amt" no. */
	private static final int MIN_PART_LENGTH = 4;

	/**
	 * Any other part must be longer: short first parts are too often the start of a place
	 * ("Kurs|dorf", "Lohn|sfeld") or of a word about something else ("Lohn|steuer").
	 */
	private static final int MIN_MODIFIER_LENGTH = 6;

	/**
	 * A name found at the start or end of a word the dictionary cannot split must be this
	 * long: long names are specific ("Businessplan"), short ones hide in other words.
	 */
	private static final int MIN_AFFIX_LENGTH = 8;

	/** What is left of a word around an affix name: no one-letter "compounds". */
	private static final int MIN_AFFIX_REST = 3;

	/**
	 * Shorter words are not read as a name with a typo: too many short words are one
	 * letter from another word.
	 */
	private static final int MIN_TYPO_LENGTH = 7;

	private static final int MIN_TWO_TYPOS_LENGTH = 12;

	/** Letters with their marks: Arabic vowel signs sit inside words. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]+");

	private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");

	private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

	/**
	 * Letters only Persian writes (پ چ ژ گ ک ی): a Persian word keeps its endings, which
	 * mean more than the Arabic ones the stemmer knows (پناهندگی is asylum, پناهندگان
	 * refugees; حسابداری accounting, حسابدار the accountant).
	 */
	private static final Pattern PERSIAN = Pattern.compile("[\\u067E\\u0686\\u0698\\u06AF\\u06A9\\u06CC]");

	/** Stateless: one serves every thread. */
	private static final ArabicStemmer ARABIC_STEMMER = new ArabicStemmer();

	private final boolean germanCompounds;

	/** Folded name, words joined by single spaces, to what it names. */
	private final Map<String, List<T>> byName = new HashMap<>();

	/** Stem of a one-word name of {@link #MIN_STEMMED_LENGTH} or more. */
	private final Map<String, List<T>> byStem = new HashMap<>();

	/** The same two for German one-word names only: the parts of compounds. */
	private final Map<String, List<T>> germanByName = new HashMap<>();

	private final Map<String, List<T>> germanByStem = new HashMap<>();

	/** One-word names by their stem in their language's analysis. */
	private final Map<ContentLanguage, Map<String, List<StemmedName<T>>>> byLanguageStem = new EnumMap<>(
			ContentLanguage.class);

	/**
	 * One-word names of {@link #MIN_TYPO_LENGTH} letters or more by length, for words
	 * typed with a typo.
	 */
	private final Map<Integer, List<OneWordName<T>>> oneWordNames = new HashMap<>();

	private final int longestName;

	/** Every word of every name, folded. */
	private final Set<String> vocabulary = new HashSet<>();

	/**
	 * @param names every name with what it names, in the order matches should list them
	 * when one name names several things
	 * @param germanCompounds whether German names are also found inside compound words
	 */
	public NameMatcher(Collection<Name<T>> names, boolean germanCompounds) {
		this.germanCompounds = germanCompounds;
		int longest = 1;
		for (Name<T> name : names) {
			List<String> words = words(name.name()).stream().map(Word::folded).toList();
			if (words.isEmpty()) {
				continue;
			}
			add(this.byName, String.join(" ", words), name.value());
			this.vocabulary.addAll(words);
			String only = words.get(0);
			boolean stemmed = words.size() == 1 && only.length() >= MIN_STEMMED_LENGTH;
			if (stemmed) {
				add(this.byStem, stem(only), name.value());
			}
			String languageStem = (words.size() == 1 && STEMMED_LANGUAGES.contains(name.language()))
					? languageStem(name.name(), name.language()) : null;
			if (languageStem != null) {
				add(this.byLanguageStem.computeIfAbsent(name.language(), (l) -> new HashMap<>()), languageStem,
						new StemmedName<>(only.length(), name.value()));
			}
			if (name.german() && words.size() == 1 && only.length() >= MIN_PART_LENGTH) {
				add(this.germanByName, only, name.value());
				if (stemmed) {
					add(this.germanByStem, stem(only), name.value());
				}
			}
			longest = Math.max(longest, words.size());
		}
		this.longestName = longest;
		this.byName.forEach((folded, values) -> {
			if (!folded.contains(" ") && folded.length() >= MIN_TYPO_LENGTH - 1) {
				this.oneWordNames.computeIfAbsent(folded.length(), (l) -> new ArrayList<>())
					.add(new OneWordName<>(folded, EditDistance.letters(folded), values));
			}
		});
	}

	private static <T> void add(Map<String, List<T>> map, String key, T value) {
		List<T> values = map.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (!values.contains(value)) {
			values.add(value);
		}
	}

	/** The names in a text, in the order found, and the words that named nothing. */
	public Reading<T> read(String text) {
		return read(text, (word) -> false);
	}

	/**
	 * @param noTypo folded words never to be read as a name with a typo: the words
	 * another thesaurus knows ("voucher" of "education voucher" is no typo for the French
	 * "boucher", a butcher)
	 */
	public Reading<T> read(String text, Predicate<String> noTypo) {
		List<Word> words = words(text);
		List<Found<T>> found = new ArrayList<>();
		boolean[] used = new boolean[words.size()];
		boolean anyUsed = false;
		for (int start = 0; start < words.size();) {
			int matched = matchAt(words, start, found, noTypo);
			for (int i = start; i < start + matched; i++) {
				used[i] = true;
				anyUsed = true;
			}
			start += Math.max(matched, 1);
		}
		for (int i = 0; i < words.size(); i++) {
			if (!used[i]) {
				overlapping(words, i, used, found);
			}
		}
		if (!anyUsed) {
			return new Reading<>(found, text.strip());
		}
		StringBuilder remainder = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			if (!used[i]) {
				remainder.append((remainder.length() > 0) ? " " : "").append(words.get(i).typed());
			}
		}
		return new Reading<>(found, remainder.toString());
	}

	/** Whether a folded word is a word of one of the names (as {@link #fold} folds). */
	public boolean knows(String folded) {
		return this.vocabulary.contains(folded);
	}

	/**
	 * A name that covers a word left over together with words of a name already read: in
	 * "فتح مشروع خاص" both "فتح مشروع" (opening a project) and "مشروع خاص" (an own
	 * project) name a start-up, and "خاص" is part of the name, not a word to look for on
	 * its own. A name that starts at a word left over was looked for already.
	 */
	private void overlapping(List<Word> words, int word, boolean[] used, List<Found<T>> found) {
		for (int length = Math.min(this.longestName, words.size()); length >= 2; length--) {
			for (int start = Math.max(0, word - length + 1); start <= word && start + length <= words.size(); start++) {
				List<Word> run = words.subList(start, start + length);
				List<T> named = this.byName.get(String.join(" ", run.stream().map(Word::folded).toList()));
				if (named != null) {
					found.add(new Found<>(named, String.join(" ", run.stream().map(Word::typed).toList()), true));
					Arrays.fill(used, start, start + length, true);
					return;
				}
			}
		}
	}

	/** How many words from {@code start} a name covers (0 for none), longest first. */
	private int matchAt(List<Word> words, int start, List<Found<T>> found, Predicate<String> noTypo) {
		for (int length = Math.min(this.longestName, words.size() - start); length >= 1; length--) {
			List<Word> run = words.subList(start, start + length);
			List<T> named = this.byName.get(String.join(" ", run.stream().map(Word::folded).toList()));
			if (named == null && length == 1) {
				named = inflected(run.get(0).folded(), this.byStem);
			}
			if (named == null && length == 1) {
				named = stemmed(run.get(0).typed());
			}
			if (named != null) {
				found.add(new Found<>(named, String.join(" ", run.stream().map(Word::typed).toList()), true));
				return length;
			}
		}
		if (this.germanCompounds) {
			Found<T> parts = compound(words.get(start).typed());
			if (parts != null) {
				found.add(parts);
				return parts.whole() ? 1 : 0;
			}
		}
		String folded = words.get(start).folded();
		List<T> misspelled = noTypo.test(folded) ? null : misspelled(folded);
		if (misspelled != null) {
			found.add(new Found<>(misspelled, words.get(start).typed(), true));
			return 1;
		}
		return 0;
	}

	/**
	 * What a long word names that is one typo from a one-word name ("Mindeslohn",
	 * "Kentnisprüfung"), two from a very long one; null when none is, or when names of
	 * different things are equally near. A swap of two neighbours is one typo.
	 */
	private List<T> misspelled(String folded) {
		if (folded.length() < MIN_TYPO_LENGTH) {
			return null;
		}
		int edits = (folded.length() >= MIN_TWO_TYPOS_LENGTH) ? 2 : 1;
		long letters = EditDistance.letters(folded);
		List<T> named = null;
		int nearest = edits + 1;
		for (int length = folded.length() - edits; length <= folded.length() + edits; length++) {
			for (OneWordName<T> name : this.oneWordNames.getOrDefault(length, List.of())) {
				if (!EditDistance.mayBeWithin(letters, name.letters(), edits)) {
					continue;
				}
				int distance = EditDistance.distance(folded, name.folded(), edits);
				if (distance < nearest) {
					nearest = distance;
					named = name.values();
				}
				else if (distance == nearest && !name.values().equals(named)) {
					// As near to two different things: no guess.
					named = null;
				}
			}
		}
		return named;
	}

	private static <T> List<T> inflected(String word, Map<String, List<T>> byStem) {
		for (int ending = 1; ending <= MAX_ENDING + 1; ending++) {
			int stemLength = word.length() - ending;
			if (stemLength < MIN_STEMMED_LENGTH - 1) {
				break;
			}
			List<T> named = byStem.get(word.substring(0, stemLength));
			if (named != null) {
				return named;
			}
		}
		return null;
	}

	/**
	 * What a word names whose stem in a language is a one-word name's stem in that
	 * language, null when none; names of several languages may share it.
	 */
	private List<T> stemmed(String typed) {
		List<T> named = null;
		int length = fold(typed).length();
		for (ContentLanguage language : LanguageAnalysis.languagesWritten(typed)) {
			Map<String, List<StemmedName<T>>> names = this.byLanguageStem.get(language);
			String stem = (names != null) ? languageStem(typed, language) : null;
			for (StemmedName<T> name : (stem != null) ? names.getOrDefault(stem, List.of())
					: List.<StemmedName<T>>of()) {
				// An ending adds to a name: "Lehre" is no "Lehrer", though German stems
				// both "lehr".
				if (length >= name.length()) {
					if (named == null) {
						named = new ArrayList<>();
					}
					if (!named.contains(name.value())) {
						named.add(name.value());
					}
				}
			}
		}
		return named;
	}

	/**
	 * A word's stem in a language, as its documents are analysed; null for a stop word, a
	 * word the analysis splits, and a stem too short to trust.
	 */
	private static String languageStem(String word, ContentLanguage language) {
		List<QueryStems.Word> words = LanguageAnalysis.analyseQuery(word, language).words();
		if (words.size() != 1) {
			return null;
		}
		String stem = words.get(0).stems().get(0);
		return (stem.length() >= MIN_LANGUAGE_STEM) ? stem : null;
	}

	/** The German names inside a compound word, null when there are none. */
	private Found<T> compound(String typed) {
		if (typed.length() < MIN_COMPOUND_LENGTH || !LATIN.matcher(typed).matches()) {
			return null;
		}
		int[] starts = GermanCompounds.partStarts(typed);
		if (starts.length == 0) {
			starts = affixStarts(typed);
		}
		if (starts.length == 0) {
			return null;
		}
		int[] bounds = new int[starts.length + 1];
		System.arraycopy(starts, 0, bounds, 0, starts.length);
		bounds[starts.length] = typed.length();
		int parts = starts.length;
		List<T> named = new ArrayList<>();
		boolean whole = true;
		for (int first = 0; first < parts;) {
			int next = first + 1;
			List<T> run = null;
			// Longest run first; the whole word was tried before.
			for (int last = parts; last > first && run == null; last--) {
				if (first == 0 && last == parts) {
					continue;
				}
				run = part(typed.substring(bounds[first], bounds[last]),
						(last == parts) ? MIN_PART_LENGTH : MIN_MODIFIER_LENGTH);
				next = last;
			}
			if (run != null) {
				run.stream().filter((value) -> !named.contains(value)).forEach(named::add);
				first = next;
			}
			else {
				whole = false;
				first++;
			}
		}
		return named.isEmpty() ? null : new Found<>(named, typed, whole);
	}

	private List<T> part(String typed, int minLength) {
		String folded = fold(typed);
		if (folded.length() < minLength) {
			return null;
		}
		List<T> named = this.germanByName.get(folded);
		return (named != null) ? named : inflected(folded, this.germanByStem);
	}

	/**
	 * Where the parts start when a long German name begins or ends a word the dictionary
	 * cannot split; a linking s stays with the first part.
	 */
	private int[] affixStarts(String typed) {
		for (int end = typed.length() - MIN_AFFIX_REST; end >= MIN_AFFIX_LENGTH; end--) {
			String folded = fold(typed.substring(0, end));
			if (folded.length() >= MIN_AFFIX_LENGTH && this.germanByName.containsKey(folded)) {
				boolean linking = typed.charAt(end) == 's' && typed.length() - end - 1 >= MIN_AFFIX_REST;
				return new int[] { 0, linking ? end + 1 : end };
			}
		}
		for (int start = MIN_AFFIX_REST; start <= typed.length() - MIN_AFFIX_LENGTH; start++) {
			String folded = fold(typed.substring(start));
			if (folded.length() >= MIN_AFFIX_LENGTH && this.germanByName.containsKey(folded)) {
				return new int[] { 0, start };
			}
		}
		return new int[0];
	}

	/** A name minus its last letter, so "медсестра" and "медсестры" share "медсестр". */
	private static String stem(String folded) {
		return folded.substring(0, folded.length() - 1);
	}

	/**
	 * What the matcher compares of a name or text: its words folded, joined by single
	 * spaces. Two names with the same key are one name to the matcher.
	 */
	public static String key(String name) {
		return String.join(" ", words(name).stream().map(Word::folded).toList());
	}

	static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), fold(matcher.group())));
		}
		return words;
	}

	/**
	 * Lower case without accents, with one spelling per Arabic-script letter; an Arabic
	 * word also without its article (with a joined "and", "with", "for" before it), a
	 * joined "and" and an ending (Lucene's light Arabic stemmer), so "مشروعي الخاص" (my
	 * own project) is "مشروع خاص".
	 */
	public static String fold(String word) {
		boolean arabic = ARABIC.matcher(word).find() && !PERSIAN.matcher(word).find();
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
		if (arabic) {
			char[] letters = result.toCharArray();
			return new String(letters, 0, ARABIC_STEMMER.stem(letters, letters.length));
		}
		// The Arabic article is written together with its noun: الممرضة is ممرضة.
		return (result.startsWith("ال") && result.length() >= 5) ? result.substring(2) : result;
	}

	/**
	 * One name of a thesaurus.
	 *
	 * @param <T> what it names
	 * @param name the name as written in the thesaurus
	 * @param value what it names
	 * @param language the name's language
	 */
	public record Name<T>(String name, T value, ContentLanguage language) {

		/** A German name may be part of a German compound. */
		boolean german() {
			return this.language == ContentLanguage.DE;
		}

	}

	/**
	 * Names found together.
	 *
	 * @param <T> what they name
	 * @param values what the words name, each once, in the thesaurus's order
	 * @param typed the words as typed: a run of words, or one compound word
	 * @param whole whether the words are wholly names; false for a compound of which only
	 * some parts are names (it stays in the remainder)
	 */
	public record Found<T>(List<T> values, String typed, boolean whole) {

		public Found {
			values = List.copyOf(values);
		}

	}

	/**
	 * A text read against the names.
	 *
	 * @param <T> what the names name
	 * @param found the names found, in the order of the text
	 * @param remainder the words no name covers wholly, joined by single spaces; the
	 * stripped text when no word was covered
	 */
	public record Reading<T>(List<Found<T>> found, String remainder) {

		public Reading {
			found = List.copyOf(found);
		}

	}

	record Word(String typed, String folded) {
	}

	private record OneWordName<T>(String folded, long letters, List<T> values) {
	}

	/** A one-word name's folded length and what it names. */
	private record StemmedName<T>(int length, T value) {
	}

}
