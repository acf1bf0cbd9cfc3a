package de.netzwerkiq.directory.api.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile texts are bounded in words, word length and stacked marks before they are read;
 * what people type passes unchanged.
 */
class TypedTextTests {

	@Test
	void whatPeopleTypePassesUnchanged() {
		for (String typed : List.of("Anerkennung Pflegefachkraft Berlin", "Donaudampfschifffahrtsgesellschaftskapitän",
				"تأسيس شَرِكَة", "Tiếng Việt", "медсестра", "hemşire iş kurmak", "😀 Beratung",
				"Be\u200Bra\u200Dtung")) {
			assertThat(TypedText.bounded(" " + typed + "\n")).isEqualTo(typed);
		}
	}

	@Test
	void blankIsNothingToSearch() {
		assertThat(TypedText.bounded(null)).isNull();
		assertThat(TypedText.bounded(" \t\n ")).isNull();
	}

	@Test
	void aLetterKeepsAtMostThreeMarks() {
		assertThat(TypedText.bounded("a" + "\u0301".repeat(199))).isEqualTo("a\u0301\u0301\u0301");
		assertThat(TypedText.bounded("\u0301".repeat(200))).isEqualTo("\u0301\u0301\u0301");
		assertThat(TypedText.bounded(("e" + "\u0308".repeat(9) + " ").repeat(20))).isEqualTo("e\u0308\u0308\u0308");
	}

	@Test
	void aWordKeepsItsFirstSixtyFourCharacters() {
		assertThat(TypedText.bounded("Beratung".repeat(25))).isEqualTo("Beratung".repeat(8));
		assertThat(TypedText.bounded("ab".repeat(100))).hasSize(64);
		// Never half a character.
		String cut = TypedText.bounded("a" + "😀".repeat(99));
		assertThat(cut).hasSize(63).doesNotContain("\uFFFD");
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
	}

	@Test
	void aWordRepeatedCountsOnceAndTheTextKeepsTenWords() {
		assertThat(TypedText.bounded("Beratung ".repeat(22))).isEqualTo("Beratung");
		String words = TypedText.bounded("a b c d e f g h i j k l m n o p q r s t u v w x y z");
		assertThat(words.split(" ")).hasSize(10).endsWith("j");
	}

	/** Whatever 200 characters hold, what is read stays small. */
	@Test
	void anyTwoHundredCharactersAreBounded() {
		java.util.Random random = new java.util.Random(24);
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			while (text.length() < 200) {
				int pick = random.nextInt(4);
				text.appendCodePoint(switch (pick) {
					case 0 -> ' ';
					case 1 -> 0x0300 + random.nextInt(0x70);
					case 2 -> 'a' + random.nextInt(3);
					default -> random.nextInt(0x2FFFF);
				});
			}
			String bounded = TypedText.bounded(text.toString());
			if (bounded != null) {
				String[] words = bounded.split(" ");
				assertThat(words).hasSizeLessThanOrEqualTo(TypedText.MAX_WORDS)
					.allSatisfy((word) -> assertThat(word).hasSizeLessThanOrEqualTo(TypedText.MAX_WORD_LENGTH));
			}
		}
	}

}
