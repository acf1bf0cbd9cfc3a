package de.netzwerkiq.directory.indexer.gazetteer;

import java.io.StringReader;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeout;

class GazetteerTests {

	private final Gazetteer gazetteer = Gazetteer.germany();

	// City centres from a map, not from the data under test.
	@ParameterizedTest
	@CsvSource({ "10115, DE-BE, 52.5200, 13.4050, Berlin", "80331, DE-BY, 48.1374, 11.5755, München",
			"20095, DE-HH, 53.5511, 9.9937, Hamburg", "99084, DE-TH, 50.9787, 11.0328, Erfurt",
			"24103, DE-SH, 54.3233, 10.1228, Kiel", "01067, DE-SN, 51.0504, 13.7373, Dresden",
			"66111, DE-SL, 49.2402, 6.9969, Saarbrücken", "28195, DE-HB, 53.0793, 8.8017, Bremen",
			"27568, DE-HB, 53.5396, 8.5809, Bremerhaven", "39104, DE-ST, 52.1205, 11.6276, Magdeburg",
			"55116, DE-RP, 49.9929, 8.2473, Mainz", "65183, DE-HE, 50.0782, 8.2398, Wiesbaden",
			"30159, DE-NI, 52.3759, 9.7320, Hannover", "40213, DE-NW, 51.2277, 6.7735, Düsseldorf",
			"70173, DE-BW, 48.7758, 9.1829, Stuttgart", "14467, DE-BB, 52.3906, 13.0645, Potsdam",
			"19053, DE-MV, 53.6355, 11.4012, Schwerin" })
	void samplePostalCodesLieInTheirCityAndState(String code, String iso, double lat, double lon, String city) {
		PostalCodeArea area = this.gazetteer.postalCode(code).orElseThrow();
		assertThat(area.code()).isEqualTo(code);
		assertThat(area.state().isoCode()).isEqualTo(iso);
		assertThat(area.mainPlace()).isEqualTo(city);
		assertThat(kilometres(area.location(), new GeoLocation(lat, lon))).isLessThan(15);
	}

	@Test
	void autocompletesPlacesFromTheFirstLetters() {
		assertThat(this.gazetteer.startingWith("Frankf", 5)).extracting(Place::name)
			.startsWith("Frankfurt am Main")
			.contains("Frankfurt (Oder)");
		assertThat(this.gazetteer.startingWith("Frankfurt a", 5)).extracting(Place::name)
			.startsWith("Frankfurt am Main");
		// Umlauts typed, spelt out or left off; largest place first.
		assertThat(this.gazetteer.startingWith("Kö", 1)).extracting(Place::name).containsExactly("Köln");
		assertThat(this.gazetteer.startingWith("koeln", 1)).extracting(Place::name).containsExactly("Köln");
		assertThat(this.gazetteer.startingWith("Koln", 1)).extracting(Place::name).containsExactly("Köln");
		assertThat(this.gazetteer.startingWith("Munic", 1)).extracting(Place::name).containsExactly("München");
		assertThat(this.gazetteer.startingWith("Xq", 5)).isEmpty();
		assertThat(this.gazetteer.startingWith(" ", 5)).isEmpty();
		assertThat(this.gazetteer.startingWith("B", 3)).hasSize(3).extracting(Place::name).startsWith("Berlin");
	}

	// Names of German cities in the other content languages, as people write them.
	@ParameterizedTest
	@CsvSource({ "Cologne, Köln", "Hanovre, Hannover", "Nuremberg, Nürnberg", "Münih, München", "Мюнхен, München",
			"мюнхен, München", "Кёльн, Köln", "Кельн, Köln", "Гамбург, Hamburg", "Берлін, Berlin", "ميونخ, München",
			"ميونيخ, München", "برلين, Berlin", "برلین, Berlin", "هامبورگ, Hamburg", "کلن, Köln",
			"فرانكفورت, Frankfurt am Main", "فرانکفورت, Frankfurt am Main", "Francfort-sur-le-Main, Frankfurt am Main",
			"Aix-la-Chapelle, Aachen" })
	void findsCitiesByTheirNamesInOtherLanguages(String name, String place) {
		assertThat(this.gazetteer.named(name)).extracting(Place::name).startsWith(place);
		assertThat(this.gazetteer.place(name)).map(Place::name).contains(place);
	}

	@Test
	void exonymsAreLookedUpButNotShownAsNames() {
		Place cologne = this.gazetteer.named("Cologne").get(0);
		assertThat(cologne.name()).isEqualTo("Köln");
		assertThat(cologne.aliases()).doesNotContain("Cologne", "Кёльн");
	}

	@Test
	void anExonymMustNameAKnownPlace() {
		String places = "name\tstate\tlat\tlon\tpopulation\taliases\nKöln\tNW\t50.9333\t6.9500\t963395\t\n";
		String codes = "code\tstate\tlat\tlon\tsource\tplaces\n";
		String exonyms = "place\tstate\tlanguage\tnames\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.read(new StringReader(places), new StringReader(codes),
					new StringReader(exonyms + "Köln\tBY\ten\tCologne\n")))
			.withStackTraceContaining("no place Köln in BY");
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.read(new StringReader(places), new StringReader(codes),
					new StringReader(exonyms + "Köln\tNW\txx\tCologne\n")))
			.withStackTraceContaining("unknown language 'xx'");
	}

	@Test
	void borderCodesTakeTheStateOfTheirMunicipality() {
		// The point of 37217 lies a few hundred metres into Niedersachsen; Witzenhausen
		// is in Hessen.
		assertThat(this.gazetteer.postalCode("37217").orElseThrow().state()).isEqualTo(FederalState.DE_HE);
		assertThat(this.gazetteer.postalCode("97956").orElseThrow().state()).isEqualTo(FederalState.DE_BW);
	}

	@Test
	void coversAllPostalCodesAndStates() {
		List<PostalCodeArea> codes = this.gazetteer.postalCodes();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(8000);
		assertThat(codes).extracting(PostalCodeArea::code)
			.isSorted()
			.doesNotHaveDuplicates()
			.allMatch((c) -> c.matches("[0-9]{5}"));
		assertThat(codes).allSatisfy((a) -> {
			assertThat(a.location().isInGermany()).isTrue();
			assertThat(a.places()).isNotEmpty();
		});
		assertThat(codes.stream().map(PostalCodeArea::state).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(FederalState.class));
		// A state mix-up would show here: Berlin has about 190 codes of its own.
		assertThat(codes).filteredOn((a) -> a.places().equals(List.of("Berlin")))
			.hasSizeGreaterThan(150)
			.allSatisfy((a) -> assertThat(a.state()).isEqualTo(FederalState.DE_BE));
	}

	@Test
	void coversPlacesInEveryState() {
		List<Place> places = this.gazetteer.places();
		assertThat(places).hasSizeGreaterThanOrEqualTo(7000);
		assertThat(places.stream().map(Place::state).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(FederalState.class));
		assertThat(places).allSatisfy((p) -> {
			assertThat(p.location().isInGermany()).isTrue();
			assertThat(p.name()).isNotBlank();
			assertThat(p.population()).isNotNegative();
		});
		// A sample generator wants real, sizeable places in each state.
		for (FederalState state : FederalState.values()) {
			assertThat(places).filteredOn((p) -> p.state() == state && p.population() >= 20_000)
				.as("places of 20,000+ in %s", state)
				.isNotEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "München", "muenchen", "Munchen", "MÜNCHEN", "  München\t", "Munich", "Müncen", "Muenchn" })
	void findsMunichHoweverItIsWritten(String query) {
		Place place = this.gazetteer.place(query).orElseThrow();
		assertThat(place.name()).isEqualTo("München");
		assertThat(place.state()).isEqualTo(FederalState.DE_BY);
	}

	@Test
	void saysHowAPlaceMatched() {
		assertThat(best("München")).satisfies((m) -> {
			assertThat(m.kind()).isEqualTo(PlaceMatch.Kind.EXACT);
			assertThat(m.distance()).isZero();
		});
		assertThat(best("muenchen").kind()).isEqualTo(PlaceMatch.Kind.NORMALISED);
		assertThat(best("Munich")).satisfies((m) -> {
			assertThat(m.kind()).isEqualTo(PlaceMatch.Kind.EXACT);
			assertThat(m.matchedName()).isEqualTo("Munich");
			assertThat(m.place().name()).isEqualTo("München");
		});
		assertThat(best("Berln")).satisfies((m) -> {
			assertThat(m.place().name()).isEqualTo("Berlin");
			assertThat(m.kind()).isEqualTo(PlaceMatch.Kind.FUZZY);
			assertThat(m.distance()).isEqualTo(1);
		});
		assertThat(best("Hamburk").place().name()).isEqualTo("Hamburg");
		// Two edits are allowed from eight letters on; a swap counts as one.
		assertThat(best("Dsseldrof")).satisfies((m) -> {
			assertThat(m.place().name()).isEqualTo("Düsseldorf");
			assertThat(m.distance()).isEqualTo(2);
		});
	}

	@Test
	void ignoresUmlautSpellingSharpSSmallWordsAndSankt() {
		assertThat(best("Koeln").place().name()).isEqualTo("Köln");
		assertThat(best("koln").place().name()).isEqualTo("Köln");
		// "Giessen" is Gießen, not the smaller Giesen one letter away.
		assertThat(best("Giessen").place().name()).isEqualTo("Gießen");
		assertThat(best("frankfurt/main")).satisfies((m) -> {
			assertThat(m.place().name()).isEqualTo("Frankfurt am Main");
			assertThat(m.kind()).isEqualTo(PlaceMatch.Kind.NORMALISED);
		});
		assertThat(best("Frankfurt-am-Main").place().name()).isEqualTo("Frankfurt am Main");
		assertThat(best("St. Ingbert").place().name()).isEqualTo("Sankt Ingbert");
		assertThat(best("halle saale").place().name()).isEqualTo("Halle (Saale)");
	}

	@Test
	void leadingWordsFindTheLongerNamesBiggestFirst() {
		List<PlaceMatch> matches = this.gazetteer.findPlaces("Frankfurt", 5);
		assertThat(matches).extracting((m) -> m.place().name())
			.containsExactly("Frankfurt am Main", "Frankfurt (Oder)");
		assertThat(matches).allMatch((m) -> m.kind() == PlaceMatch.Kind.PREFIX);
	}

	@Test
	void ambiguousNamesReturnSeveralPlacesBiggestFirst() {
		List<PlaceMatch> matches = this.gazetteer.findPlaces("Neustadt", 10);
		List<PlaceMatch> exact = matches.stream().filter((m) -> m.kind() == PlaceMatch.Kind.EXACT).toList();
		assertThat(exact).hasSizeGreaterThanOrEqualTo(3);
		assertThat(exact).extracting((m) -> m.place().population()).isSortedAccordingTo((a, b) -> b - a);
		assertThat(exact.stream().map((m) -> m.place().state()).collect(Collectors.toSet()))
			.hasSizeGreaterThanOrEqualTo(3);
		// Exact matches come before the longer "Neustadt an der ..." names.
		assertThat(matches).hasSize(10);
		assertThat(matches).extracting(PlaceMatch::kind).isSorted();
		assertThat(matches).extracting(PlaceMatch::place).doesNotHaveDuplicates();
	}

	@Test
	void anAliasFindsThePlaceBeforeLongerNames() {
		assertThat(this.gazetteer.findPlaces("Sylt", 3)).first().satisfies((m) -> {
			assertThat(m.place().name()).isEqualTo("Westerland");
			assertThat(m.matchedName()).isEqualTo("Sylt");
		});
	}

	@Test
	void unknownOrBadQueriesReturnNothing() {
		assertThat(this.gazetteer.findPlaces("   ", 5)).isEmpty();
		assertThat(this.gazetteer.findPlaces("", 5)).isEmpty();
		assertThat(this.gazetteer.findPlaces("!!! ???", 5)).isEmpty();
		assertThat(this.gazetteer.findPlaces("Xqzvw Jkpl", 5)).isEmpty();
		assertThat(this.gazetteer.place("Atlantis-upon-Thames")).isEmpty();
		// Three letters are too few for a typo match: "Ulm" is found, "Ulx" is not.
		assertThat(this.gazetteer.place("Ulm")).isPresent();
		assertThat(this.gazetteer.place("Ulx")).isEmpty();
	}

	@Test
	void absurdlyLongQueriesReturnAtOnce() {
		String tenKilobytes = "Berlin ".repeat(1500);
		assertTimeout(Duration.ofMillis(100), () -> assertThat(this.gazetteer.findPlaces(tenKilobytes, 5)).isEmpty());
		assertThat(this.gazetteer.findPlaces("x".repeat(Gazetteer.MAX_QUERY_LENGTH + 1), 5)).isEmpty();
	}

	@Test
	void rejectsNullAndNonPositiveLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.gazetteer.findPlaces(null, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> this.gazetteer.place(null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.gazetteer.findPlaces("Berlin", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.gazetteer.postalCode(null));
	}

	@Test
	void postalCodesMustBeFiveAsciiDigits() {
		assertThat(this.gazetteer.postalCode(" 10115\n")).isPresent();
		for (String bad : List.of("", "1011", "101155", "10115a", "abcde", "10 115", "00000", "１０１１５",
				"x".repeat(10_000))) {
			assertThat(this.gazetteer.postalCode(bad)).as("'%s'", bad).isEmpty();
		}
	}

	@Test
	void listsAreImmutable() {
		assertThat(this.gazetteer.places()).isUnmodifiable();
		assertThat(this.gazetteer.postalCodes()).isUnmodifiable();
		assertThat(this.gazetteer.places().get(0).aliases()).isUnmodifiable();
	}

	@Test
	void reportsTheLineOfABrokenFile() {
		String places = "name\tstate\tlat\tlon\tpopulation\taliases\nA\tBE\t52.5\t13.4\t1\t\nB\tXX\t52.5\t13.4\t1\t\n";
		String codes = "code\tstate\tlat\tlon\tsource\tplaces\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.read(new StringReader(places), new StringReader(codes)))
			.withMessageContaining("line 3");
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.read(new StringReader("name\tstate\n"), new StringReader(codes)))
			.withMessageContaining("header");
	}

	// A rough figure for the record, not a benchmark: about 45 µs on the project's 2-core
	// machine. Without the length and letter bounds the typo scan took about 1,600 µs.
	@Test
	void lookupsAreCheapEnoughToRunPerRequest() {
		List<String> queries = List.of("Berlin", "muenchen", "Hamburk", "Frankfurt", "Neustadt", "Dsseldrof",
				"Xqzvw Jkpl", "Saarbrücken");
		for (int i = 0; i < 200; i++) {
			queries.forEach((q) -> this.gazetteer.findPlaces(q, 10));
		}
		int rounds = 500;
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			queries.forEach((q) -> this.gazetteer.findPlaces(q, 10));
		}
		double micros = (System.nanoTime() - start) / 1_000.0 / (rounds * queries.size());
		System.out.printf("Gazetteer.findPlaces: %.1f µs per lookup on average over %s%n", micros, queries);
		assertThat(micros).isLessThan(1_000);
	}

	private PlaceMatch best(String query) {
		List<PlaceMatch> matches = this.gazetteer.findPlaces(query, 1);
		assertThat(matches).as("matches for '%s'", query).isNotEmpty();
		return matches.get(0);
	}

	private static double kilometres(GeoLocation a, GeoLocation b) {
		double rad = Math.PI / 180;
		double h = Math.pow(Math.sin((b.lat() - a.lat()) * rad / 2), 2) + Math.cos(a.lat() * rad)
				* Math.cos(b.lat() * rad) * Math.pow(Math.sin((b.lon() - a.lon()) * rad / 2), 2);
		return 12742 * Math.asin(Math.sqrt(h));
	}

}
