package de.netzwerkiq.directory.api.occupations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.GraphQlResults;
import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static de.netzwerkiq.directory.api.support.GraphQlResults.list;
import static de.netzwerkiq.directory.api.support.GraphQlResults.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in your own language for your profession, and German compounds, on the local
 * (minimal) node: the expected records are computed from the sample files, independently
 * of the thesaurus matching and the compound splitting under test.
 */
@ApiIntegrationTest
class OccupationSearchIntegrationTests {

	private static final String NURSING = "81302";

	private static final String TRAINING_OFFERS = """
			query($text: String, $after: String) {
			  trainingOffers(text: $text, first: 100, after: $after) {
			    pageInfo { hasNextPage endCursor }
			    occupationMatches { occupation { kldbCode name } matchedText language }
			    edges { matchedOccupations { kldbCode } node { recordId } } } }""";

	private static final String ADVICE_CENTRES = """
			query($text: String, $after: String) {
			  adviceCentres(text: $text, first: 100, after: $after) {
			    pageInfo { hasNextPage endCursor }
			    occupationMatches { occupation { kldbCode } matchedText language }
			    edges { matchedOccupations { kldbCode } node { recordId } } } }""";

	@Autowired
	private HttpGraphQlTester graphQl;

	private final List<JsonNode> offers = SampleRecords.of(ContentKind.TRAINING_OFFERS);

	private final List<JsonNode> centres = SampleRecords.of(ContentKind.ADVICE_CENTRES);

	@ParameterizedTest
	@ValueSource(strings = { "ممرضة", "الممرضات", "پرستار", "медсестра", "медсестры", "медична сестра", "nurse",
			"nurses", "hemşire", "hemşireler", "infirmière", "Krankenschwester", "Pflegefachfrau" })
	void theProfessionInAnyLanguageAndScriptFindsEveryNursingOfferFirst(String text) {
		Set<String> nursing = withOccupation(this.offers, NURSING);
		assertThat(nursing).hasSizeGreaterThan(20);
		List<Map<String, Object>> pages = pages(TRAINING_OFFERS, "trainingOffers", text);
		assertThat(list(pages.get(0).get("occupationMatches"))).anySatisfy((match) -> {
			assertThat(map(match.get("occupation"))).containsEntry("kldbCode", NURSING);
			assertThat(match.get("matchedText")).isEqualTo(text);
		});
		List<Map<String, Object>> edges = edges(pages);
		// Coded records rank above any that merely mention a word of the text.
		List<String> first = recordIds(edges.subList(0, nursing.size()));
		assertThat(Set.copyOf(first)).isEqualTo(nursing);
		assertThat(edges.subList(0, nursing.size()))
			.allSatisfy((edge) -> assertThat(list(edge.get("matchedOccupations")))
				.extracting((occupation) -> occupation.get("kldbCode"))
				.contains(NURSING));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ممرضة", "медсестра", "nurse", "hemşire" })
	void theProfessionFindsTheAdviceCentresThatNameIt(String text) {
		Set<String> nursing = withOccupation(this.centres, NURSING);
		assertThat(nursing).isNotEmpty();
		assertThat(recordIds(edges(pages(ADVICE_CENTRES, "adviceCentres", text)))).containsAll(nursing);
	}

	@Test
	void theRestOfTheTextStillHasToMatch() {
		Set<String> nursing = withOccupation(this.offers, NURSING);
		List<Map<String, Object>> pages = pages(TRAINING_OFFERS, "trainingOffers", "hemşire online");
		Set<String> found = Set.copyOf(recordIds(edges(pages)));
		assertThat(found).isNotEmpty().isSubsetOf(nursing).hasSizeLessThan(nursing.size());
		Set<String> online = this.offers.stream()
			.filter((offer) -> nursing.contains(offer.get("id").asText()))
			.filter((offer) -> "ONLINE".equals(offer.path("format").asText()))
			.map((offer) -> offer.get("id").asText())
			.collect(Collectors.toSet());
		assertThat(found).containsAll(online);
	}

	@Test
	void aTextWithoutAnOccupationMatchesNone() {
		List<Map<String, Object>> pages = pages(TRAINING_OFFERS, "trainingOffers", "Anpassungsqualifizierung");
		assertThat(list(pages.get(0).get("occupationMatches"))).isEmpty();
		assertThat(edges(pages)).isNotEmpty()
			.allSatisfy((edge) -> assertThat(list(edge.get("matchedOccupations"))).isEmpty());
	}

	@Test
	void aPartOfAGermanCompoundFindsTheCompound() {
		// In the sample every centre with "…beratung" also has the word on its own, so
		// offers show it: "Kenntnisprüfung" and "Abschlussprüfung" for "Prüfung".
		Set<String> exams = onlyInCompounds(this.offers, "prüfung");
		assertThat(exams).as("offers with 'Prüfung' only inside compounds").hasSizeGreaterThan(5);
		assertThat(recordIds(edges(pages(TRAINING_OFFERS, "trainingOffers", "Prüfung")))).containsAll(exams);

		Set<String> courses = onlyInCompounds(this.offers, "kurs");
		assertThat(courses).as("offers with 'Kurs' only inside compounds such as Sprachkurs").hasSizeGreaterThan(5);
		assertThat(recordIds(edges(pages(TRAINING_OFFERS, "trainingOffers", "Kurs")))).containsAll(courses);
		assertThat(recordIds(edges(pages(TRAINING_OFFERS, "trainingOffers", "Sprachkurs"))))
			.containsAll(onlyInCompounds(this.offers, "sprachkurs"));
	}

	/**
	 * Records whose German texts have the part inside a longer word and whose texts in no
	 * language have a word the fuzzy full-text match would take for it.
	 */
	private static Set<String> onlyInCompounds(List<JsonNode> records, String part) {
		Pattern compound = Pattern.compile("(?iu)\\b\\p{L}+" + part + "\\p{L}*");
		Set<String> ids = new java.util.HashSet<>();
		for (JsonNode record : records) {
			String german = String.join(" ", texts(record, "de"));
			if (!compound.matcher(german).find()) {
				continue;
			}
			boolean standalone = texts(record, null).stream()
				.flatMap((text) -> words(text).stream())
				.anyMatch((word) -> fuzzyEqual(word, part));
			if (!standalone) {
				ids.add(record.get("id").asText());
			}
		}
		return ids;
	}

	private static List<String> texts(JsonNode record, String language) {
		List<String> texts = new ArrayList<>();
		for (String field : List.of("title", "summary", "body")) {
			record.path(field).properties().forEach((entry) -> {
				if (language == null || language.equals(entry.getKey())) {
					texts.add(entry.getValue().asText());
				}
			});
		}
		return texts;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
		while (matcher.find()) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/** Elasticsearch's AUTO fuzziness with a prefix length of 1. */
	private static boolean fuzzyEqual(String word, String term) {
		int allowed = (term.length() <= 2) ? 0 : (term.length() <= 5) ? 1 : 2;
		return !word.isEmpty() && word.charAt(0) == term.charAt(0) && distance(word, term) <= allowed;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static Set<String> withOccupation(List<JsonNode> records, String code) {
		return records.stream()
			.filter((record) -> SampleRecords.values(record, "occupations").contains(code))
			.map((record) -> record.get("id").asText())
			.collect(Collectors.toSet());
	}

	private List<Map<String, Object>> pages(String document, String field, String text) {
		return GraphQlResults.pages(this.graphQl, document, field, Map.of("text", text));
	}

	private static List<Map<String, Object>> edges(List<Map<String, Object>> pages) {
		return GraphQlResults.edges(pages);
	}

	private static List<String> recordIds(List<Map<String, Object>> edges) {
		List<String> ids = edges.stream().map((edge) -> (String) map(edge.get("node")).get("recordId")).toList();
		assertThat(ids).doesNotHaveDuplicates();
		return ids;
	}

}
