package de.netzwerkiq.directory.indexer.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTests {

	private static final List<NameMatcher.Name<String>> NAMES = List.of(
			new NameMatcher.Name<>("Gründung", "start-up", ContentLanguage.DE),
			new NameMatcher.Name<>("Gruendung", "start-up", ContentLanguage.DE),
			new NameMatcher.Name<>("Beratung", "advice", ContentLanguage.DE),
			new NameMatcher.Name<>("Kurs", "course", ContentLanguage.DE),
			new NameMatcher.Name<>("start a business", "start-up", ContentLanguage.EN),
			new NameMatcher.Name<>("Beratung", "advice-en", ContentLanguage.EN));

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
		NameMatcher<String> matcher = new NameMatcher<>(
				List.of(new NameMatcher.Name<>("فتح مشروع", "start-up", ContentLanguage.AR),
						new NameMatcher.Name<>("مشروع خاص", "start-up", ContentLanguage.AR)),
				false);
		NameMatcher.Reading<String> read = matcher.read("فتح مشروع خاص");
		assertThat(read.found()).extracting(NameMatcher.Found::typed).containsExactly("فتح مشروع", "مشروع خاص");
		assertThat(read.remainder()).isEmpty();
		assertThat(matcher.read("فتح مشروع جديد").remainder()).isEqualTo("جديد");
	}

	@Test
	void aLongWordOneTypoFromANameNamesIt() {
		List<NameMatcher.Name<String>> names = List.of(
				new NameMatcher.Name<>("Mindestlohn", "wages", ContentLanguage.DE),
				new NameMatcher.Name<>("Kenntnisprüfung", "exam", ContentLanguage.DE),
				new NameMatcher.Name<>("Anerkennungsverfahren", "recognition", ContentLanguage.DE),
				new NameMatcher.Name<>("Mentoring", "mentoring", ContentLanguage.EN),
				new NameMatcher.Name<>("Monitoring", "monitoring", ContentLanguage.EN));
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
		assertThat(new NameMatcher<>(List.of(new NameMatcher.Name<>("Steuern", "taxes", ContentLanguage.DE)), false)
			.read("Stuern")
			.found()).isEmpty();
		// One typo from "Mentoring" and one from "Monitoring".
		assertThat(matcher.read("Montoring").found()).isEmpty();
	}

	@Test
	void aWordAnotherThesaurusKnowsIsNoTypo() {
		NameMatcher<String> occupations = new NameMatcher<>(
				List.of(new NameMatcher.Name<>("boucher", "butcher", ContentLanguage.FR)), false);
		NameMatcher<String> concepts = new NameMatcher<>(
				List.of(new NameMatcher.Name<>("education voucher", "voucher", ContentLanguage.EN)), false);
		assertThat(occupations.read("education voucher").found()).hasSize(1);
		assertThat(concepts.knows("voucher")).isTrue();
		assertThat(concepts.knows("vouchers")).isFalse();
		NameMatcher.Reading<String> read = occupations.read("education voucher", concepts::knows);
		assertThat(read.found()).isEmpty();
		assertThat(read.remainder()).isEqualTo("education voucher");
		assertThat(occupations.read("bouchher", concepts::knows).found()).hasSize(1);
	}

	/**
	 * Short names and long endings: what a language's analysis makes one stem is one name
	 * (the names' and the words' own language), never across scripts.
	 */
	@Test
	void aWordWithItsLanguagesStemNamesWhatTheNameNames() {
		NameMatcher<String> matcher = new NameMatcher<>(
				List.of(new NameMatcher.Name<>("nurse", "nurse", ContentLanguage.EN),
						new NameMatcher.Name<>("Arzt", "doctor", ContentLanguage.DE),
						new NameMatcher.Name<>("aşçı", "cook", ContentLanguage.TR),
						new NameMatcher.Name<>("öğretmen", "teacher", ContentLanguage.TR),
						new NameMatcher.Name<>("врач", "doctor", ContentLanguage.RU),
						new NameMatcher.Name<>("Koch", "cook", ContentLanguage.DE)),
				false);
		assertThat(matcher.read("nurses wanted").found()).extracting(NameMatcher.Found::values)
			.containsExactly(List.of("nurse"));
		assertThat(matcher.read("Ärzte").found()).extracting(NameMatcher.Found::values)
			.containsExactly(List.of("doctor"));
		assertThat(matcher.read("aşçılar için").found()).extracting(NameMatcher.Found::values)
			.containsExactly(List.of("cook"));
		assertThat(matcher.read("öğretmenlerin").found()).extracting(NameMatcher.Found::values)
			.containsExactly(List.of("teacher"));
		assertThat(matcher.read("Köche").found()).extracting(NameMatcher.Found::values)
			.containsExactly(List.of("cook"));
		assertThat(matcher.read("Kochen Köln").remainder()).isEqualTo("Köln");
		assertThat(matcher.read("врачи").found()).extracting(NameMatcher.Found::values)
			.containsExactly(List.of("doctor"));
		// Stems of three letters or less are too short to trust.
		assertThat(new NameMatcher<>(List.of(new NameMatcher.Name<>("Amt", "office", ContentLanguage.DE)), false)
			.read("Ämter")
			.found()).isEmpty();
	}

}
