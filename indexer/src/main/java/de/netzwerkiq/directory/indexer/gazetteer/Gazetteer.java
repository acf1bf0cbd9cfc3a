package de.netzwerkiq.directory.indexer.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.text.EditDistance;

/**
 * German places and postal codes, from the classpath resources in {@code gazetteer/}
 * (GeoNames, OpenStreetMap, OpenGeoDB and BKG data; see the README there for sources and
 * the attribution they require). Immutable and safe to share between threads.
 *
 * <p>
 * Place lookups tolerate case, umlauts and ß spelt out or dropped, accents, punctuation,
 * "St."/"Sankt", small words ("am", "an der") and small typos. They are meant to run per
 * request: every name's normalised forms are computed once, and the typo scan only
 * compares names of about the query's length that share nearly all its letters. Measured
 * on a 2-core machine after warm-up: 5 to 100 µs per lookup, about 45 µs on average over
 * a mix of exact, normalised, prefix and typo queries (GazetteerTests prints the figure);
 * the first call reads the data in about 0.1 s.
 */
public final class Gazetteer {

	/** Longer queries are not place names; they return nothing without a scan. */
	public static final int MAX_QUERY_LENGTH = 100;

	private static final String PLACES = "/gazetteer/places.tsv";

	private static final String POSTAL_CODES = "/gazetteer/postal-codes.tsv";

	private static final String EXONYMS = "/gazetteer/exonyms.tsv";

	private static final String EXONYMS_HEADER = "place\tstate\tlanguage\tnames";

	private static final Comparator<PlaceMatch> BEST_FIRST = Comparator.comparing(PlaceMatch::kind)
		.thenComparingInt(PlaceMatch::distance)
		.thenComparing((m) -> m.place().population(), Comparator.reverseOrder())
		.thenComparing((m) -> m.place().name())
		.thenComparingDouble((m) -> m.place().location().lat())
		.thenComparingDouble((m) -> m.place().location().lon());

	private final List<Place> places;

	private final List<PostalCodeArea> postalCodes;

	private final Map<String, PostalCodeArea> byCode;

	/** Normalised key (both umlaut forms) to the names that have it. */
	private final Map<String, List<Named>> byKey;

	/** First word (both umlaut forms) to the names that start with it. */
	private final Map<String, List<Named>> byFirstWord;

	/** Distinct normalised keys by length, for the typo scan. */
	private final Keyed[][] keysByLength;

	private Gazetteer(List<Place> places, List<PostalCodeArea> postalCodes, Map<Place, List<String>> exonyms) {
		this.places = List.copyOf(places);
		this.postalCodes = List.copyOf(postalCodes);
		this.byCode = new HashMap<>();
		for (PostalCodeArea area : this.postalCodes) {
			if (this.byCode.put(area.code(), area) != null) {
				throw new IllegalStateException("postal code " + area.code() + " appears twice");
			}
		}
		this.byKey = new HashMap<>();
		this.byFirstWord = new HashMap<>();
		for (Place place : this.places) {
			index(place, place.name());
			for (String alias : place.aliases()) {
				index(place, alias);
			}
			// Looked up like aliases, but not shown as the place's names.
			for (String exonym : exonyms.getOrDefault(place, List.of())) {
				index(place, exonym);
			}
		}
		int longest = this.byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
		List<List<Keyed>> buckets = new ArrayList<>();
		for (int i = 0; i <= longest; i++) {
			buckets.add(new ArrayList<>());
		}
		this.byKey.forEach((key, named) -> buckets.get(key.length())
			.add(new Keyed(key, EditDistance.letters(key), List.copyOf(named))));
		this.keysByLength = buckets.stream()
			.map((bucket) -> bucket.stream().sorted(Comparator.comparing(Keyed::key)).toArray(Keyed[]::new))
			.toArray(Keyed[][]::new);
	}

	/** The German gazetteer from the classpath, read on first use. */
	public static Gazetteer germany() {
		return Germany.INSTANCE;
	}

	/** All places, sorted by name. */
	public List<Place> places() {
		return this.places;
	}

	/** All postal codes, sorted by code. */
	public List<PostalCodeArea> postalCodes() {
		return this.postalCodes;
	}

	/**
	 * The postal code area for a five-digit code; surrounding whitespace is ignored.
	 * @param code the code, e.g. "10115"
	 * @return the area, or empty for anything that is not a known five-digit code
	 * @throws IllegalArgumentException if {@code code} is null
	 */
	public Optional<PostalCodeArea> postalCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("postal code must not be null");
		}
		String trimmed = code.strip();
		if (trimmed.length() != 5 || !trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.byCode.get(trimmed));
	}

	/**
	 * Places whose name (or another name, e.g. "Munich") begins with what was typed, for
	 * autocomplete: "Frankf" finds Frankfurt am Main and Frankfurt (Oder). Case, umlauts
	 * (typed or spelt out), ß, hyphens and fillers such as "am" do not matter. Largest
	 * places first.
	 * @param typed what has been typed so far
	 * @param limit the most places to return
	 * @return at most {@code limit} places; empty for a blank text or one longer than
	 * {@link #MAX_QUERY_LENGTH}
	 */
	public List<Place> startingWith(String typed, int limit) {
		if (typed == null || typed.isBlank() || typed.length() > MAX_QUERY_LENGTH || limit < 1) {
			return List.of();
		}
		Set<String> prefixes = new LinkedHashSet<>();
		for (boolean spellOut : new boolean[] { true, false }) {
			String key = PlaceNames.key(PlaceNames.words(typed, spellOut));
			if (!key.isEmpty()) {
				prefixes.add(key);
			}
		}
		Set<Place> found = new LinkedHashSet<>();
		this.byKey.forEach((key, named) -> {
			for (String prefix : prefixes) {
				if (key.startsWith(prefix)) {
					named.forEach((n) -> found.add(n.place()));
					return;
				}
			}
		});
		return found.stream()
			.sorted(Comparator.comparingInt(Place::population).reversed().thenComparing(Place::name))
			.limit(limit)
			.toList();
	}

	/**
	 * The places whose name is the text, exactly or with case, umlauts and spelling
	 * folded as {@link #findPlaces} folds them, largest first; never by prefix or typo. A
	 * map look-up, cheap enough for every word of a search text.
	 */
	public List<Place> named(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
			return List.of();
		}
		Set<Place> places = new LinkedHashSet<>();
		for (boolean spellOut : new boolean[] { true, false }) {
			List<String> words = PlaceNames.words(trimmed, spellOut);
			if (!words.isEmpty()) {
				this.byKey.getOrDefault(PlaceNames.key(words), List.of()).forEach((named) -> places.add(named.place()));
			}
		}
		return places.stream().sorted(Comparator.comparingInt(Place::population).reversed()).toList();
	}

	/**
	 * The best place for a query, as {@link #findPlaces(String, int)} ranks them.
	 * @param query a place name as a person types it
	 * @return the best match's place, or empty if nothing matches
	 * @throws IllegalArgumentException if {@code query} is null
	 */
	public Optional<Place> place(String query) {
		return findPlaces(query, 1).stream().findFirst().map(PlaceMatch::place);
	}

	/**
	 * Places for a query, best first: exact matches, then normalised ones, then names the
	 * query is the beginning of, then typos (Damerau-Levenshtein distance 1 for queries
	 * of 4 to 7 letters, 2 from 8 letters); within each, fewer edits and then more
	 * inhabitants first. Several places can share a name: "Neustadt" returns several.
	 * @param query a place name as a person types it
	 * @param limit the most matches to return
	 * @return at most {@code limit} matches, one per place; empty for a blank query or
	 * one longer than {@link #MAX_QUERY_LENGTH}
	 * @throws IllegalArgumentException if {@code query} is null or {@code limit} is not
	 * positive
	 */
	public List<PlaceMatch> findPlaces(String query, int limit) {
		if (query == null) {
			throw new IllegalArgumentException("query must not be null");
		}
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive, was " + limit);
		}
		String trimmed = query.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
			return List.of();
		}
		List<String> spelledOut = PlaceNames.words(trimmed, true);
		List<String> reduced = PlaceNames.words(trimmed, false);
		if (spelledOut.isEmpty()) {
			return List.of();
		}
		Map<Place, PlaceMatch> best = new LinkedHashMap<>();
		for (List<String> words : new LinkedHashSet<>(List.of(spelledOut, reduced))) {
			for (Named named : this.byKey.getOrDefault(PlaceNames.key(words), List.of())) {
				PlaceMatch.Kind kind = named.name().equalsIgnoreCase(trimmed) ? PlaceMatch.Kind.EXACT
						: PlaceMatch.Kind.NORMALISED;
				offer(best, new PlaceMatch(named.place(), kind, 0, named.name()));
			}
			for (Named named : this.byFirstWord.getOrDefault(words.get(0), List.of())) {
				if (named.words().size() > words.size() && named.words().subList(0, words.size()).equals(words)) {
					offer(best, new PlaceMatch(named.place(), PlaceMatch.Kind.PREFIX, 0, named.name()));
				}
			}
		}
		// Typos rank last, so they are only looked for while there is room for them.
		String reducedKey = PlaceNames.key(reduced);
		int maxEdits = (reducedKey.length() >= 8) ? 2 : (reducedKey.length() >= 4) ? 1 : 0;
		if (maxEdits > 0 && best.size() < limit) {
			for (String key : new LinkedHashSet<>(List.of(PlaceNames.key(spelledOut), reducedKey))) {
				long letters = EditDistance.letters(key);
				int from = Math.max(0, key.length() - maxEdits);
				int to = Math.min(this.keysByLength.length - 1, key.length() + maxEdits);
				for (int length = from; length <= to; length++) {
					for (Keyed keyed : this.keysByLength[length]) {
						if (!EditDistance.mayBeWithin(letters, keyed.letters(), maxEdits)) {
							continue;
						}
						int edits = EditDistance.distance(key, keyed.key(), maxEdits);
						if (edits > 0 && edits <= maxEdits) {
							for (Named named : keyed.named()) {
								offer(best, new PlaceMatch(named.place(), PlaceMatch.Kind.FUZZY, edits, named.name()));
							}
						}
					}
				}
			}
		}
		return best.values().stream().sorted(BEST_FIRST).limit(limit).toList();
	}

	private static void offer(Map<Place, PlaceMatch> best, PlaceMatch match) {
		best.merge(match.place(), match, (a, b) -> (BEST_FIRST.compare(a, b) <= 0) ? a : b);
	}

	private void index(Place place, String name) {
		for (boolean spellOut : new boolean[] { true, false }) {
			List<String> words = PlaceNames.words(name, spellOut);
			if (words.isEmpty()) {
				continue;
			}
			Named named = new Named(place, name, words);
			addOnce(this.byKey.computeIfAbsent(PlaceNames.key(words), (k) -> new ArrayList<>()), named);
			addOnce(this.byFirstWord.computeIfAbsent(words.get(0), (k) -> new ArrayList<>()), named);
		}
	}

	private static void addOnce(List<Named> list, Named named) {
		if (!list.contains(named)) {
			list.add(named);
		}
	}

	/** Reads the two derived TSV files; package-private so tests can feed small ones. */
	static Gazetteer read(Reader places, Reader postalCodes) throws IOException {
		return read(places, postalCodes, new StringReader(EXONYMS_HEADER + "\n"));
	}

	/**
	 * Reads the two derived TSV files and the hand-written exonyms ("Cologne", "Мюнхен"),
	 * each naming a place of the first file by its name and state.
	 */
	static Gazetteer read(Reader places, Reader postalCodes, Reader exonyms) throws IOException {
		List<Place> placeList = new ArrayList<>();
		readTsv(places, "name\tstate\tlat\tlon\tpopulation\taliases", (f) -> placeList
			.add(new Place(f[0], state(f[1]), location(f[2], f[3]), Integer.parseInt(f[4]), list(f[5]))));
		List<PostalCodeArea> areas = new ArrayList<>();
		readTsv(postalCodes, "code\tstate\tlat\tlon\tsource\tplaces",
				(f) -> areas.add(new PostalCodeArea(f[0], state(f[1]), location(f[2], f[3]), list(f[5]))));
		areas.sort(Comparator.comparing(PostalCodeArea::code));
		Map<Place, List<String>> otherNames = new HashMap<>();
		readTsv(exonyms, EXONYMS_HEADER, (f) -> {
			FederalState state = state(f[1]);
			Place place = placeList.stream()
				.filter((candidate) -> candidate.name().equals(f[0]) && candidate.state() == state)
				.max(Comparator.comparingInt(Place::population))
				.orElseThrow(() -> new IllegalArgumentException("no place " + f[0] + " in " + f[1]));
			if (ContentLanguage.fromCode(f[2]).isEmpty()) {
				throw new IllegalArgumentException("unknown language '" + f[2] + "'");
			}
			otherNames.computeIfAbsent(place, (p) -> new ArrayList<>()).addAll(list(f[3]));
		});
		return new Gazetteer(placeList, areas, otherNames);
	}

	private static void readTsv(Reader reader, String header, Consumer<String[]> row) throws IOException {
		BufferedReader lines = new BufferedReader(reader);
		String first = lines.readLine();
		if (!header.equals(first)) {
			throw new IllegalStateException("expected the header '" + header + "', found '" + first + "'");
		}
		int columns = header.split("\t").length;
		int number = 1;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String[] fields = line.split("\t", -1);
			if (fields.length != columns) {
				throw new IllegalStateException(
						"line " + number + " has " + fields.length + " columns, expected " + columns + ": " + line);
			}
			try {
				row.accept(fields);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("line " + number + " is not valid: " + line, ex);
			}
		}
	}

	private static FederalState state(String letters) {
		return FederalState.fromIsoCode("DE-" + letters)
			.orElseThrow(() -> new IllegalArgumentException("unknown state '" + letters + "'"));
	}

	private static GeoLocation location(String lat, String lon) {
		GeoLocation location = new GeoLocation(Double.parseDouble(lat), Double.parseDouble(lon));
		if (!location.isInGermany()) {
			throw new IllegalArgumentException(lat + ", " + lon + " is not in Germany");
		}
		return location;
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
	}

	private static Gazetteer load() {
		try (InputStream places = resource(PLACES);
				InputStream postalCodes = resource(POSTAL_CODES);
				InputStream exonyms = resource(EXONYMS)) {
			return read(new InputStreamReader(places, StandardCharsets.UTF_8),
					new InputStreamReader(postalCodes, StandardCharsets.UTF_8),
					new InputStreamReader(exonyms, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the gazetteer resources", ex);
		}
	}

	private static InputStream resource(String path) {
		InputStream in = Gazetteer.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(path + " is not on the classpath");
		}
		return in;
	}

	/** One name (display name or alias) of a place, with its normalised words. */
	private record Named(Place place, String name, List<String> words) {

	}

	private record Keyed(String key, long letters, List<Named> named) {

	}

	/** Holder: the classpath data is read once, on the first call to germany(). */
	private static final class Germany {

		static final Gazetteer INSTANCE = load();

	}

}
