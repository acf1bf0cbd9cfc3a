package de.netzwerkiq.directory.api.geo;

import jakarta.validation.Validation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTests {

	private final Places places = new Places(Validation.buildDefaultValidatorFactory().getValidator());

	// Words of a search text as people write a town's name in their language, inflected.
	@ParameterizedTest
	@CsvSource({ "Köln, Köln", "Köln'de, Köln", "Cologne, Köln", "Мюнхен, München", "Мюнхене, München",
			"Берліні, Berlin", "Гамбурге, Hamburg", "Кёльна, Köln", "ببرلين, Berlin", "وميونخ, München",
			"لایپزیگ, Leipzig" })
	void readsATownInAnyContentLanguage(String word, String town) {
		GeoLocation expected = Gazetteer.germany().named(town).get(0).location();
		assertThat(this.places.town(word)).contains(expected);
	}

	// Ordinary words stay words, inflected or not.
	@ParameterizedTest
	@ValueSource(strings = { "курсе", "курсы", "Beratung", "وظيفة", "بعمل", "Lohn", "Essenz", "работе" })
	void anOrdinaryWordIsNoTown(String word) {
		assertThat(this.places.town(word)).isEmpty();
	}

}
