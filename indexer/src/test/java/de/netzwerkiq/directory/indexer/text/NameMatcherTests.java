package de.netzwerkiq.directory.indexer.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTests {

	private static final List<NameMatcher.Name<String>> NAMES = List.of(
			new NameMatcher.Name<>("Gründung", "start-up", true), new NameMatcher.Name<>("Gruendung", "start-up", true),
			new NameMatcher.Name<>("Beratung", "advice", true), new NameMatcher.Name<>("Kurs", "course", true),
			new NameMatcher.Name<>("start a business", "start-up", false),
			new NameMatcher.Name<>("Beratung", "advice-en", false));

	@Test
	void compoundsAreReadOnlyWhenAskedFor() {
		assertThat(new NameMatcher<>(NAMES, false).read("Gründungsberatung").found()).isEmpty();
		NameMatcher.Reading<String> read = new NameMatcher<>(NAMES, true).read("Gründungsberatung Köln");
		assertThat(read.found()).singleElement().satisfies((found) -> {
			assertThat(found.values()).containsExactly("start-up", "advice");
			assertThat(found.typed()).isEqualTo("Gründungsberatung");
			assertThat(found.whole()).isTrue();
		});
		assertThat(read.remainder()).isEqualTo("Köln");
	}

	@Test
	void onlyGermanNamesArePartsOfCompounds() {
		NameMatcher<String> matcher = new NameMatcher<>(NAMES, true);
		assertThat(matcher.read("Anerkennungsberatung").found()).singleElement()
			.satisfies((found) -> assertThat(found.values()).containsExactly("advice"));
	}

	@Test
	void aWordTheDictionaryCannotSplitIsSplitAtALongName() {
		NameMatcher<String> matcher = new NameMatcher<>(NAMES, true);
		assertThat(matcher.read("Gruendungsberatung").found()).singleElement()
			.satisfies((found) -> assertThat(found.values()).containsExactly("start-up", "advice"));
	}

	@Test
	void shortWordsAreNeverCompoundsAndNoMatchKeepsTheText() {
		NameMatcher<String> matcher = new NameMatcher<>(NAMES, true);
		NameMatcher.Reading<String> read = matcher.read("  Kursk, Konkurs!  ");
		assertThat(read.found()).isEmpty();
		assertThat(read.remainder()).isEqualTo("Kursk, Konkurs!");
	}

	@Test
	void namesAreComparedByTheirFoldedWords() {
		assertThat(NameMatcher.key("Start-up  GRÜNDUNG")).isEqualTo("start up grundung");
		assertThat(NameMatcher.key("الممرضة")).isEqualTo(NameMatcher.key("ممرضه"));
		// Arabic loses article, joined prepositions and endings; Persian keeps its
		// endings.
		assertThat(NameMatcher.key("مشروعي الخاص")).isEqualTo(NameMatcher.key("مشروع خاص"));
		assertThat(NameMatcher.key("للممرضات")).isEqualTo(NameMatcher.key("ممرضة"));
		assertThat(NameMatcher.key("پناهندگی")).isNotEqualTo(NameMatcher.key("پناهندگان"));
		// Persian typed on an Arabic keyboard (ي, ك) reads as Arabic: at worst a Persian
		// word loses an ending.
		assertThat(NameMatcher.key("كارافريني")).isEqualTo(NameMatcher.key("کارآفرین"));
		assertThat(NameMatcher.key("Straße")).isEqualTo(NameMatcher.key("Strasse"));
	}

	@Test
	void aWordThatCompletesAnOverlappingNameIsPartOfTheNames() {
		NameMatcher<String> matcher = new NameMatcher<>(List.of(new NameMatcher.Name<>("فتح مشروع", "start-up", false),
				new NameMatcher.Name<>("مشروع خاص", "start-up", false)), false);
		NameMatcher.Reading<String> read = matcher.read("فتح مشروع خاص");
		assertThat(read.found()).extracting(NameMatcher.Found::typed).containsExactly("فتح مشروع", "مشروع خاص");
		assertThat(read.remainder()).isEmpty();
		assertThat(matcher.read("فتح مشروع جديد").remainder()).isEqualTo("جديد");
	}

	@Test
	void aLongWordOneTypoFromANameNamesIt() {
		List<NameMatcher.Name<String>> names = List.of(new NameMatcher.Name<>("Mindestlohn", "wages", true),
				new NameMatcher.Name<>("Kenntnisprüfung", "exam", true),
				new NameMatcher.Name<>("Anerkennungsverfahren", "recognition", true),
				new NameMatcher.Name<>("Mentoring", "mentoring", false),
				new NameMatcher.Name<>("Monitoring", "monitoring", false));
		NameMatcher<String> matcher = new NameMatcher<>(names, false);
		assertThat(matcher.read("Mindeslohn").found()).singleElement().satisfies((found) -> {
			assertThat(found.values()).containsExactly("wages");
			assertThat(found.typed()).isEqualTo("Mindeslohn");
		});
		assertThat(matcher.read("Kentnisprüfung Köln").remainder()).isEqualTo("Köln");
		// A swap of two letters is one typo; two typos only in a very long word.
		assertThat(matcher.read("Mindestlhon").found()).hasSize(1);
		assertThat(matcher.read("Anerkenungsverfaren").found()).singleElement()
			.satisfies((found) -> assertThat(found.values()).containsExactly("recognition"));
		assertThat(matcher.read("Mindeslon").found()).isEmpty();
		assertThat(matcher.read("Mentorin").found()).singleElement()
			.satisfies((found) -> assertThat(found.values()).containsExactly("mentoring"));
		// Short words, and words as near to two different names, name nothing.
		assertThat(new NameMatcher<>(List.of(new NameMatcher.Name<>("Steuern", "taxes", true)), false).read("Steuen")
			.found()).isEmpty();
		// One typo from "Mentoring" and one from "Monitoring".
		assertThat(matcher.read("Montoring").found()).isEmpty();
	}

	@Test
	void aWordAnotherThesaurusKnowsIsNoTypo() {
		NameMatcher<String> occupations = new NameMatcher<>(
				List.of(new NameMatcher.Name<>("boucher", "butcher", false)), false);
		NameMatcher<String> concepts = new NameMatcher<>(
				List.of(new NameMatcher.Name<>("education voucher", "voucher", false)), false);
		assertThat(occupations.read("education voucher").found()).hasSize(1);
		assertThat(concepts.knows("voucher")).isTrue();
		assertThat(concepts.knows("vouchers")).isFalse();
		NameMatcher.Reading<String> read = occupations.read("education voucher", concepts::knows);
		assertThat(read.found()).isEmpty();
		assertThat(read.remainder()).isEqualTo("education voucher");
		assertThat(occupations.read("bouchher", concepts::knows).found()).hasSize(1);
	}

}
