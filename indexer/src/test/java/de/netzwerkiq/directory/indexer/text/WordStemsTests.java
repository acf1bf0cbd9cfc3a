package de.netzwerkiq.directory.indexer.text;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysing a document word by word, each word once, gives exactly what the language's
 * chain gives over the whole text.
 */
class WordStemsTests {

	/** Texts where the words' context or the character filters could matter. */
	private static final List<String> TRICKY = List.of("Berufssprachkurs für Pflegekräfte (B2) in Köln-Mülheim!",
			"Existenzgruendung und Selbststaendigkeit: die Beratung", "U.S.A. e-mail info@example.org 3.5 km 1,000",
			"l'université d'été, qu'il", "Türkiye'de İşletme ISLETME", "it's the organisations' IT", "کتاب‌ها و کتابها",
			"Ёлка ёлки", "м`ясо м’ясо м'ясо ґанок Ґанок", "  \u00ADSprach\u00ADkurs  ", "ﬁnance ＡＢＣ",
			"الكتاب والمكتبات ١٢٣", "word_with_underscore 😀 x²", "a".repeat(300) + " b");

	@Test
	void aTextsStemsAreItsWordsStemsInOrder() {
		SampleContentGenerator generator = SampleContentGenerator.fromGazetteer();
		List<SourceRecord> records = Stream.of(ContentKind.values())
			.flatMap((kind) -> generator.records(kind, 200))
			.toList();
		int texts = 0;
		for (SourceRecord record : records) {
			for (Map<String, String> localised : Stream.of(record.title(), record.summary(), record.body()).toList()) {
				if (localised != null) {
					for (Map.Entry<String, String> text : localised.entrySet()) {
						ContentLanguage language = ContentLanguage.fromCode(text.getKey()).orElseThrow();
						assertSameAsTheChain(text.getValue(), language);
						texts++;
					}
				}
			}
		}
		assertThat(texts).isGreaterThan(1000);
		for (String text : TRICKY) {
			for (ContentLanguage language : ContentLanguage.values()) {
				assertSameAsTheChain(text, language);
			}
		}
	}

	private static void assertSameAsTheChain(String text, ContentLanguage language) {
		// Twice: the first may analyse the words, the second finds them remembered.
		for (int i = 0; i < 2; i++) {
			assertThat(LanguageAnalysis.documentStems(text, language)).as("%s: %s", language, text)
				.isEqualTo(LanguageAnalysis.chainStems(LanguageAnalysis.prepare(text, language), language));
		}
	}

}
