package de.netzwerkiq.directory.api.relevance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged query files are well formed and usable: every line parses with known fields
 * and codes, each language has its minimum, the two sets share no query, and the queries
 * said to have relevant records have them in the bundled sample (and those said not to,
 * have none). No Elasticsearch needed.
 */
class RelevanceQueryFilesTests {

	private static final Map<String, Integer> MINIMUM = Map.of("de", 80, "en", 15, "ar", 15, "fa", 15, "tr", 15, "ru",
			15, "uk", 15, "fr", 15);

	private static List<JudgedQuery> dev;

	private static List<JudgedQuery> test;

	@BeforeAll
	static void read() {
		dev = QueryFile.read(QueryFile.DEV);
		test = QueryFile.read(QueryFile.TEST);
	}

	@Test
	void everyLanguageHasItsMinimumOverBothSetsAndAtLeastTwoHundredInAll() {
		Map<String, Long> counts = Stream.concat(dev.stream(), test.stream())
			.collect(Collectors.groupingBy(JudgedQuery::language, Collectors.counting()));
		MINIMUM.forEach((language, minimum) -> assertThat(counts.getOrDefault(language, 0L)).as(language)
			.isGreaterThanOrEqualTo(minimum));
		assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(200);
	}

	/**
	 * The held-out set keeps its weight in every language: at least a quarter of the
	 * language's queries and at least twelve. The sets were split alternately; since then
	 * the team adds queries to the development set alone to find new gaps (the test set
	 * is never read, so it cannot grow without being seen), and the development set grows
	 * faster in the languages with the most failures (two fifths, the bound until the
	 * thirteenth session, stopped that).
	 */
	@Test
	void theHeldOutSetKeepsItsWeightInEveryLanguage() {
		for (String language : MINIMUM.keySet()) {
			long inDev = dev.stream().filter((q) -> q.language().equals(language)).count();
			long inTest = test.stream().filter((q) -> q.language().equals(language)).count();
			assertThat(inTest * 4).as("%s: %d in test, %d in dev", language, inTest, inDev)
				.isGreaterThanOrEqualTo(inDev + inTest);
			assertThat(inTest).as("%s: %d in test", language, inTest).isGreaterThanOrEqualTo(12);
		}
	}

	@Test
	void idsAreUniqueAndNoQueryIsInBothSets() {
		List<String> ids = new ArrayList<>();
		Stream.concat(dev.stream(), test.stream()).forEach((q) -> ids.add(q.id()));
		assertThat(ids).doesNotHaveDuplicates();
		Function<JudgedQuery, String> key = (q) -> q.language() + ":" + normalized(q.text());
		Set<String> devKeys = dev.stream().map(key).collect(Collectors.toSet());
		assertThat(devKeys).hasSameSizeAs(dev);
		Set<String> both = new HashSet<>(devKeys);
		both.retainAll(test.stream().map(key).collect(Collectors.toSet()));
		assertThat(both).isEmpty();
	}

	@Test
	void queriesHaveRelevantRecordsInTheSampleUnlessMarkedOtherwise() {
		Corpus corpus = Corpus.sample();
		List<String> wrong = new ArrayList<>();
		Stream.concat(dev.stream(), test.stream()).forEach((q) -> {
			List<Integer> grades = corpus.grades(q);
			boolean relevant = grades.stream().anyMatch((g) -> g >= 2);
			boolean any = grades.stream().anyMatch((g) -> g >= 1);
			if (!q.noRelevant() && !relevant) {
				wrong.add(q.id() + " " + q.text() + ": no record of grade 2 or 3");
			}
			if (q.noRelevant() && any) {
				wrong.add(q.id() + " " + q.text() + ": marked noRelevant but has graded records");
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void fewQueriesAreMarkedAsHavingNoRelevantRecords() {
		long marked = Stream.concat(dev.stream(), test.stream()).filter(JudgedQuery::noRelevant).count();
		assertThat(marked).isLessThanOrEqualTo((dev.size() + test.size()) / 20);
	}

	/**
	 * Case, accents and spacing aside, so "Brückenkurs" and "brückenkurs " are one query.
	 */
	private static String normalized(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
