package de.netzwerkiq.directory.api.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountryWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Deutschland", "deutschland", "Germany", "GERMANY", "Allemagne", "Almanya'da", "almanyada",
			"Германии", "Німеччині", "ألمانيا", "بألمانيا", "آلمان" })
	void namesGermany(String word) {
		assertThat(CountryWords.saysNothing(word)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abroad", "foreign", "Ausland", "ausländischer", "yurtdışından", "étranger",
			"иностранного", "закордонний", "الخارج", "أجنبية", "خارجی" })
	void saysFromAbroad(String word) {
		assertThat(CountryWords.saysNothing(word)).isTrue();
	}

	/**
	 * The language is no country: "Deutsch", "German", "Almanca", "آلمانی" name a need.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Deutsch", "deutsche", "German", "Almanca", "allemand", "немецкий", "آلمانی", "ألمانية",
			"Deutschkurs", "Mannheim", "Auslandsamt", "Ausländerbehörde", "foreigners" })
	void theLanguageAndOtherWordsAreNoCountry(String word) {
		assertThat(CountryWords.saysNothing(word)).isFalse();
	}

}
