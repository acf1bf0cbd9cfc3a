package de.netzwerkiq.directory.api.occupations;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Occupation;
import de.netzwerkiq.directory.indexer.content.Occupations;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationThesaurusTests {

	private final OccupationThesaurus thesaurus = new OccupationThesaurus();

	@Test
	void theThesaurusHasAtLeastSixtyOccupationsEachNamedInEveryContentLanguage() {
		Collection<Occupation> all = Occupations.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(60);
		for (Occupation occupation : all) {
			for (ContentLanguage language : ContentLanguage.values()) {
				assertThat(occupation.names().get(language)).as("%s in %s", occupation.kldbCode(), language)
					.isNotEmpty();
			}
			// Every display name is found by the matcher, in every language.
			for (ContentLanguage language : ContentLanguage.values()) {
				for (String name : occupation.names().get(language)) {
					assertThat(this.thesaurus.read(name).codes()).as("%s (%s)", name, language)
						.contains(occupation.kldbCode());
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ممرضة", "الممرضة", "مُمَرِّضَة", "ممرضه", "پرستار", "پرستاران", "медсестра", "МЕДСЕСТРЫ",
			"медична сестра", "nurse", "Nurses", "hemşire", "HEMŞİRE", "hemsireler", "infirmière", "infirmiere",
			"Krankenschwester", "Pflegefachmann" })
	void spellingsCaseAndInflectionsOfNurseAreNursing(String text) {
		assertThat(this.thesaurus.read(text).codes()).containsExactly("81302");
	}

	@Test
	void theLongestNameWinsAndTheRestOfTheTextIsKept() {
		OccupationText read = this.thesaurus.read("Anpassungslehrgang Gesundheits- und Krankenpfleger in Köln");
		assertThat(read.codes()).containsExactly("81302");
		assertThat(read.matches().get(0).matchedText()).isEqualTo("Gesundheits und Krankenpfleger");
		assertThat(read.remainder()).isEqualTo("Anpassungslehrgang in Köln");
	}

	@Test
	void ordinaryWordsNameNoOccupation() {
		for (String text : new String[] { "Anerkennung", "Beratung Berlin", "Deutschkurs B2", "online", "Lehre", "Kurs",
				"حقوق العمل", "консультация", "danışmanlık" }) {
			assertThat(this.thesaurus.read(text).matches()).as(text).isEmpty();
		}
	}

	@Test
	void noTextNoMatches() {
		assertThat(this.thesaurus.read(null)).isEqualTo(OccupationText.NONE);
		assertThat(this.thesaurus.read("   ")).isEqualTo(OccupationText.NONE);
		assertThat(this.thesaurus.read("!!! ???").matches()).isEmpty();
	}

}
