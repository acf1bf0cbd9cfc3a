package de.netzwerkiq.directory.indexer.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

import static de.netzwerkiq.directory.indexer.content.ContentLanguage.AR;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.DE;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.EN;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.FA;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.FR;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.RU;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.TR;
import static de.netzwerkiq.directory.indexer.content.ContentLanguage.UK;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageAnalysisTests {

	@Nested
	class German {

		@Test
		void selbstständigInEverySpellingAndTheNounMeet() {
			assertThat(stems("selbständig", DE)).containsExactly("selbstandig");
			assertThat(stems("Selbstständigkeit", DE)).containsExactly("selbstandig");
			assertThat(stems("selbstständige", DE)).containsExactly("selbstandig");
			assertThat(stems("Selbständigkeiten", DE)).containsExactly("selbstandig");
			assertThat(queryFinds("Selbstständigkeit", "Beratung für die selbständige Arbeit", DE)).isTrue();
		}

		@Test
		void umlautsTheirTranscriptionsAndSharpSMeet() {
			assertThat(stems("Existenzgründung", DE)).startsWith("existenzgrundung");
			assertThat(stems("Existenzgruendung", DE)).isEqualTo(stems("Existenzgründung", DE));
			assertThat(stems("existenzgrundung", DE)).containsExactly("existenzgrundung");
			assertThat(stems("Straße", DE)).isEqualTo(stems("Strasse", DE)).containsExactly("strass");
			assertThat(stems("Möglichkeiten", DE)).isEqualTo(stems("möglich", DE));
		}

		@Test
		void compoundsGiveTheirPartsAfterTheWholeWord() {
			assertThat(stems("Beratungsstelle", DE)).containsExactly("beratungsstell", "beratung", "stell");
			assertThat(stems("Anerkennungsberatung", DE)).containsExactly("anerkennungsberatung", "anerkennung",
					"beratung");
			assertThat(stems("Berufssprachkurs", DE)).containsExactlyInAnyOrder("berufssprachkurs", "beruf",
					"berufssprach", "sprach", "sprachkurs", "kurs");
		}

		@Test
		void aQueryCompoundIsTheWholeWordOrAllItsParts() {
			QueryStems query = LanguageAnalysis.analyseQuery("Deutschkurs", DE);
			assertThat(query.words())
				.containsExactly(new QueryStems.Word(List.of("deutschkurs"), List.of("deutsch", "kurs")));
			assertThat(query.text()).isEqualTo("deutschkurs deutsch kurs");
			assertThat(LanguageAnalysis.analyseQuery("Berufsanerkennung", DE).words().get(0).parts())
				.as("without the linking s")
				.containsExactly("beruf", "anerkennung");
			assertThat(queryFinds("Deutschkurs", "Kurse in Deutsch für den Beruf", DE)).isTrue();
			assertThat(queryFinds("Beratung", "Anerkennungsberatung in Köln", DE)).isTrue();
		}

		@Test
		void pluralsMeetTheSingular() {
			assertThat(stems("Sprachkurse", DE)).isEqualTo(stems("Sprachkurs", DE));
			assertThat(stems("Kursen", DE)).containsExactly("kurs");
		}

		@Test
		void stopWordsGoButNotFromCompoundsAndAQueryOfStopWordsIsEmpty() {
			assertThat(stems("Kurse für Frauen und Männer", DE)).containsExactly("kurs", "frau", "mann");
			assertThat(LanguageAnalysis.analyseQuery("und die", DE).isEmpty()).isTrue();
			assertThat(LanguageAnalysis.analyseQuery("  ", DE).isEmpty()).isTrue();
		}

	}

	@Test
	void englishPluralsPossessivesAndBritishSpellings() {
		assertThat(stems("courses", EN)).isEqualTo(stems("course", EN)).containsExactly("course");
		assertThat(stems("recognised", EN)).isEqualTo(stems("recognized", EN));
		assertThat(stems("organisations", EN)).isEqualTo(stems("organization", EN));
		assertThat(stems("labour", EN)).isEqualTo(stems("labor", EN));
		assertThat(stems("advice centres", EN)).isEqualTo(stems("advice center", EN));
		assertThat(stems("the company's founders", EN)).containsExactly("company", "founder");
		assertThat(stems("IT jobs", EN)).as("IT is no stop word").containsExactly("it", "job");
	}

	@Test
	void frenchElisionPluralsAndAccents() {
		assertThat(stems("l'entreprise", FR)).isEqualTo(stems("entreprises", FR));
		assertThat(stems("d’entreprise", FR)).as("typographic apostrophe").isEqualTo(stems("entreprise", FR));
		assertThat(stems("français", FR)).isEqualTo(stems("francais", FR));
		assertThat(stems("création", FR)).isEqualTo(stems("creation", FR));
	}

	@Test
	void russianEndingsAndYo() {
		assertThat(stems("курсы", RU)).isEqualTo(stems("курс", RU));
		assertThat(stems("немецкого", RU)).isEqualTo(stems("немецкий", RU));
		assertThat(stems("ёлка", RU)).isEqualTo(stems("елка", RU));
	}

	@Test
	void ukrainianLemmas() {
		assertThat(stems("курси", UK)).isEqualTo(stems("курс", UK)).containsExactly("курс");
		assertThat(stems("німецької", UK)).containsAll(stems("німецька", UK));
		assertThat(stems("КУРСИ", UK)).containsExactly("курс");
		assertThat(stems("Київ", UK)).as("lemmas in lower case").contains("київ");
	}

	@Test
	void turkishCaseSuffixesAndMissingDiacritics() {
		assertThat(stems("işletmeler", TR)).isEqualTo(stems("işletme", TR));
		assertThat(stems("isletmeler", TR)).as("typed without ş").isEqualTo(stems("işletme", TR));
		assertThat(stems("TÜRKÇE", TR)).isEqualTo(stems("Türkçe", TR));
		assertThat(stems("İSTANBUL", TR)).isEqualTo(stems("istanbul", TR)).isEqualTo(stems("ISTANBUL", TR));
		assertThat(stems("Türkiye'de", TR)).isEqualTo(stems("Türkiye", TR));
	}

	@Test
	void arabicArticlePluralsAndTehMarbuta() {
		assertThat(stems("الشركات", AR)).isEqualTo(stems("شركة", AR)).isEqualTo(stems("الشركة", AR));
		assertThat(stems("والشركات", AR)).isEqualTo(stems("شركة", AR));
		assertThat(stems("١٢٣", AR)).containsExactly("123");
	}

	@Test
	void persianHalfSpacesAndArabicLetterForms() {
		// کتاب‌ها (with a zero-width non-joiner), کتابها, کتاب ها: all are "books".
		assertThat(stems("کتاب\u200Cها", FA)).containsExactly(stems("کتاب", FA).get(0));
		assertThat(stems("کتابها", FA)).isEqualTo(stems("کتاب", FA));
		assertThat(stems("کتاب ها", FA)).isEqualTo(stems("کتاب", FA));
		// Persian ی and ک against the Arabic ي and ك.
		assertThat(stems("شرکت", FA)).isEqualTo(stems("شركت", FA));
		assertThat(stems("ایران", FA)).isEqualTo(stems("ايران", FA));
	}

	@Test
	void unicodeIsNormalisedAndSoftHyphensGo() {
		assertThat(stems("Fu\u0308hrung", DE)).as("decomposed ü").isEqualTo(stems("Führung", DE));
		assertThat(stems("Beratungs\u00ADstelle", DE)).isEqualTo(stems("Beratungsstelle", DE));
		assertThat(stems("ﬁnance", EN)).isEqualTo(stems("finance", EN));
	}

	@Test
	void aQueryIsAnalysedInTheRequestedLanguageAndGermanOrInEveryLanguageOfItsScript() {
		assertThat(LanguageAnalysis.analyseQuery("courses", Optional.of(EN))).extracting(QueryStems::language)
			.containsExactly(EN, DE);
		assertThat(LanguageAnalysis.analyseQuery("Kurse", Optional.of(DE))).extracting(QueryStems::language)
			.containsExactly(DE);
		assertThat(LanguageAnalysis.analyseQuery("курсы", Optional.empty())).extracting(QueryStems::language)
			.containsExactly(RU, UK);
		assertThat(LanguageAnalysis.analyseQuery("Deutschkurs", Optional.empty())).extracting(QueryStems::language)
			.containsExactly(DE, EN, TR, FR);
		assertThat(LanguageAnalysis.analyseQuery("2025", Optional.empty())).hasSize(ContentLanguage.values().length);
		assertThat(LanguageAnalysis.analyseQuery("the", Optional.of(EN))).extracting(QueryStems::language)
			.as("a stop word in English, not in German")
			.containsExactly(DE);
	}

	@Test
	void localisedTextsByCodeSkipUnknownLanguagesAndEmptyStems() {
		assertThat(LanguageAnalysis.documentStems(Map.of("de", "Sprachkurse", "xx", "Kurse", "en", "the")))
			.containsOnly(Map.entry("de", "sprachkurs sprach kurs"));
		assertThat(LanguageAnalysis.stemField("title", DE)).isEqualTo("stems.title.de");
	}

	static List<String> stems(String text, ContentLanguage language) {
		String stems = LanguageAnalysis.documentStems(text, language);
		return stems.isEmpty() ? List.of() : Arrays.asList(stems.split(" "));
	}

	/** As a match over the stem field: every query word, whole or by all its parts. */
	static boolean queryFinds(String query, String document, ContentLanguage language) {
		Set<String> terms = Set.copyOf(stems(document, language));
		return LanguageAnalysis.analyseQuery(query, language)
			.words()
			.stream()
			.allMatch((word) -> word.stems().stream().anyMatch(terms::contains)
					|| (!word.parts().isEmpty() && terms.containsAll(word.parts())));
	}

}
