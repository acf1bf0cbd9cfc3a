package de.netzwerkiq.directory.indexer.index;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * The one mapping of each kind. Field names follow the document records; localised texts
 * get one text field per {@link ContentLanguage}. Mappings are strict so that a document
 * that does not match its record fails loudly at load time instead of being half-indexed.
 */
public final class IndexDefinitions {

	private IndexDefinitions() {
	}

	public static TypeMapping mapping(ContentKind kind) {
		return switch (kind) {
			case ADVICE_CENTRES -> adviceCentres();
		};
	}

	private static TypeMapping adviceCentres() {
		Map<String, Property> properties = new LinkedHashMap<>();
		properties.put("id", keyword());
		properties.put("slug", keyword());
		properties.put("sourceLanguage", keyword());
		properties.put("title", localisedText());
		properties.put("summary", localisedText());
		properties.put("provider", textWithKeyword());
		properties.put("topics", keyword());
		properties.put("address", object(Map.of("street", text(), "postalCode", keyword(), "city", textWithKeyword(),
				"federalState", keyword())));
		properties.put("location", Property.of((p) -> p.geoPoint((g) -> g)));
		properties.put("contact", object(
				Map.of("phone", keywordNotIndexed(), "email", keywordNotIndexed(), "website", keywordNotIndexed())));
		properties.put("deliveryModes", keyword());
		properties.put("languagesSpoken", keyword());
		properties.put("freeOfCharge", Property.of((p) -> p.boolean_((b) -> b)));
		properties.put("sampleData", Property.of((p) -> p.boolean_((b) -> b)));
		properties.put("updatedAt", Property.of((p) -> p.date((d) -> d)));
		properties.put("source",
				object(Map.of("origin", keywordNotIndexed(), "line", Property.of((p) -> p.long_((l) -> l.index(false))),
						"lastVerified", Property.of((p) -> p.date((d) -> d)))));
		return TypeMapping.of((m) -> m.dynamic(DynamicMapping.Strict).properties(properties));
	}

	private static Property localisedText() {
		Map<String, Property> languages = new LinkedHashMap<>();
		for (ContentLanguage language : ContentLanguage.values()) {
			languages.put(language.code(), text());
		}
		return object(languages);
	}

	private static Property object(Map<String, Property> properties) {
		return Property.of((p) -> p.object((o) -> o.dynamic(DynamicMapping.Strict).properties(properties)));
	}

	private static Property keyword() {
		return Property.of((p) -> p.keyword((k) -> k));
	}

	private static Property keywordNotIndexed() {
		return Property.of((p) -> p.keyword((k) -> k.index(false).docValues(false)));
	}

	private static Property text() {
		return Property.of((p) -> p.text((t) -> t));
	}

	private static Property textWithKeyword() {
		return Property.of((p) -> p.text((t) -> t.fields("keyword", keyword())));
	}

}
