package de.netzwerkiq.directory.indexer.text;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.index.IndexDefinitions;
import de.netzwerkiq.directory.indexer.index.TextAnalysis;
import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;
import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stems made here, indexed through the real mapping on the real node (the minimal
 * distribution locally) and found by queries analysed the same way: the node's
 * {@code whitespace} analyzer must keep the terms exactly as made.
 */
@ElasticsearchIntegrationTest
class LanguageAnalysisIntegrationTests {

	private static final String INDEX = TestIndexPrefix.forClass(LanguageAnalysisIntegrationTests.class) + "stems";

	/** id, language, title. */
	private static final List<List<String>> DOCUMENTS = List.of(
			List.of("de-1", "de", "Beratung für selbständige Arbeit"),
			List.of("de-2", "de", "Kurse in Deutsch für den Beruf"),
			List.of("de-3", "de", "Existenzgründung in Berlin"),
			List.of("en-1", "en", "Organisations and their courses"), List.of("ru-1", "ru", "Курсы немецкого языка"),
			List.of("uk-1", "uk", "Курси німецької мови"), List.of("tr-1", "tr", "İşletmeler için danışmanlık"),
			List.of("ar-1", "ar", "دعم الشركات الناشئة"), List.of("fa-1", "fa", "کتاب‌ها برای کارآفرینان"),
			List.of("fr-1", "fr", "Créer l'entreprise"));

	private static ElasticsearchClient client;

	@BeforeAll
	static void indexDocuments(TestCluster cluster) throws IOException {
		client = cluster.newClient();
		TextAnalysis analysis = TextAnalysis.probe(client);
		client.indices()
			.create((c) -> c.index(INDEX).mappings(IndexDefinitions.mapping(ContentKind.START_UP_RESOURCES, analysis)));
		for (List<String> document : DOCUMENTS) {
			ContentLanguage language = ContentLanguage.fromCode(document.get(1)).orElseThrow();
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", document.get(0));
			json.put("title", Map.of(language.code(), document.get(2)));
			json.put("stems", Map.of("title",
					Map.of(language.code(), LanguageAnalysis.documentStems(document.get(2), language))));
			client.index((i) -> i.index(INDEX).id(document.get(0)).document(json));
		}
		client.indices().refresh((r) -> r.index(INDEX));
	}

	@AfterAll
	static void deleteIndex() throws IOException {
		if (client != null) {
			client.indices().delete((d) -> d.index(INDEX).ignoreUnavailable(true));
			client._transport().close();
		}
	}

	@ParameterizedTest(name = "{1}: \"{0}\" finds {2}")
	@CsvSource({ "Selbstständigkeit, de, de-1", "Deutschkurs, de, de-2", "Existenzgruendung, de, de-3",
			"organization course, en, en-1", "немецкий курс, ru, ru-1", "курс німецька, uk, uk-1", "isletme, tr, tr-1",
			"شركة, ar, ar-1", "کتابها, fa, fa-1", "entreprises, fr, fr-1" })
	void aQueryAnalysedLikeTheDocumentsFindsThemThroughTheStemField(String query, String code, String id)
			throws IOException {
		ContentLanguage language = ContentLanguage.fromCode(code).orElseThrow();
		QueryStems stems = LanguageAnalysis.analyseQuery(query, language);
		assertThat(search(stems)).containsExactly(id);
	}

	@Test
	void theQueryWordsAsTypedFindNothingInThePlainFieldsWhichIsWhyTheStemsExist() throws IOException {
		List<String> ids = client
			.search((s) -> s.index(INDEX).query((q) -> q.match((m) -> m.field("title.de").query("Selbstständigkeit"))),
					Map.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::id)
			.toList();
		assertThat(ids).isEmpty();
	}

	@Test
	void stemsAreSearchableButNotInTheSource() throws IOException {
		Map<?, ?> source = client.get((g) -> g.index(INDEX).id("de-1"), Map.class).source();
		assertThat(source.containsKey("title")).isTrue();
		assertThat(source.containsKey("stems")).isFalse();
	}

	@Test
	void theWhitespaceAnalyzerOfTheStemFieldsExistsOnThisNodeAndKeepsTermsAsTheyAre() throws IOException {
		List<String> tokens = client.indices()
			.analyze((a) -> a.analyzer(LanguageAnalysis.NODE_ANALYZER).text("selbstandig deutschkurs İş"))
			.tokens()
			.stream()
			.map((token) -> token.token())
			.toList();
		assertThat(tokens).containsExactly("selbstandig", "deutschkurs", "İş");
	}

	/**
	 * As the API should: every query word must match, as a whole or by all its parts.
	 */
	private static List<String> search(QueryStems stems) throws IOException {
		String field = LanguageAnalysis.stemField("title", stems.language());
		return client.search((s) -> s.index(INDEX).query((q) -> q.bool((b) -> {
			for (QueryStems.Word word : stems.words()) {
				b.must((m) -> m.bool((w) -> {
					w.should((o) -> o.match((t) -> t.field(field).query(String.join(" ", word.stems()))));
					if (!word.parts().isEmpty()) {
						w.should((o) -> o
							.match((t) -> t.field(field).query(String.join(" ", word.parts())).operator(Operator.And)));
					}
					return w;
				}));
			}
			return b;
		})), Map.class).hits().hits().stream().map(Hit::id).toList();
	}

}
