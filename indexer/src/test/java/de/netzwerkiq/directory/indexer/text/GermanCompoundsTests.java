package de.netzwerkiq.directory.indexer.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GermanCompoundsTests {

	@Test
	void aCompoundGivesItsPartsWithoutTheLinkingS() {
		assertThat(GermanCompounds.split("Anerkennungsberatung")).containsExactly("anerkennung", "beratung");
	}

	@Test
	void aCompoundOfThreeGivesEveryRunOfAdjacentPartsButTheWhole() {
		assertThat(GermanCompounds.split("Berufssprachkurs")).containsExactlyInAnyOrder("berufs", "berufssprach",
				"sprach", "sprachkurs", "kurs");
	}

	@Test
	void aSimpleWordOrAPlaceGivesNothing() {
		assertThat(GermanCompounds.split("Beratung")).isEmpty();
		assertThat(GermanCompounds.split("Stuttgart")).isEmpty();
	}

	@Test
	void textsAreSplitWordByWordOnlyWhereThereAreCapitalisedLongWords() {
		List<String> parts = GermanCompounds.parts(java.util.Arrays.asList("Anerkennungsberatung in Köln", null,
				"Wir bieten einen Sprachkurs und eine Anerkennungsberatung an."));
		assertThat(parts).containsExactly("anerkennung", "beratung", "sprach", "kurs");
	}

	@Test
	void noTextNoParts() {
		assertThat(GermanCompounds.parts(List.of())).isEmpty();
		assertThat(GermanCompounds.parts(List.of("klein geschriebene wörter bleiben ganz"))).isEmpty();
	}

	@Test
	void aRunOfLettersLongerThanTheSplitterTakesIsNoCompound() {
		String letters = "Sprachkurs" + "e".repeat(100);
		assertThat(GermanCompounds.split(letters)).isEmpty();
		assertThat(GermanCompounds.parts(List.of("Ein " + letters + " ist kein Wort"))).isEmpty();
		assertThat(LanguageAnalysis.documentStems(letters, de.netzwerkiq.directory.indexer.content.ContentLanguage.DE))
			.isNotEmpty();
	}

}
