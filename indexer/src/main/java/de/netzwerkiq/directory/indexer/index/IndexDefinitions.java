package de.netzwerkiq.directory.indexer.index;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;

/**
 * The one mapping of each kind. Field names follow the document records (a test holds
 * them together); codes are keywords for filters and facets; localised texts get one text
 * field per {@link ContentLanguage}, analysed as {@link TextAnalysis} says, and a stem
 * field beside it ({@code stems.title.de}, see {@link LanguageAnalysis}). Mappings are
 * strict so that a document that does not match its record fails loudly at load time
 * instead of being half-indexed.
 */
public final class IndexDefinitions {

	private IndexDefinitions() {
	}

	public static TypeMapping mapping(ContentKind kind, TextAnalysis analysis) {
		Map<String, Property> properties = common(analysis);
		switch (kind) {
			case ADVICE_CENTRES -> {
				properties.put(IndexFields.OFFICES, site());
				properties.put(IndexFields.LOCATIONS, geoPoint());
				properties.put(IndexFields.DELIVERY_MODES, keyword());
				properties.put(IndexFields.LANGUAGES_SPOKEN, keyword());
				properties.put(IndexFields.OCCUPATIONS, keyword());
				properties.put(IndexFields.ACCESSIBILITY, keyword());
				properties.put(IndexFields.FREE_OF_CHARGE, bool());
				properties.put("closures", object(Map.of("from", date(), "until", date(), "reason",
						Property.of((p) -> p.text((t) -> t.index(false))))));
				// Range fields are in the server itself, so this works on the minimal
				// node.
				properties.put(IndexFields.OPEN_MINUTES, Property.of((p) -> p.integerRange((r) -> r)));
				properties.put(IndexFields.CLOSED_DAYS, date());
			}
			case TRAINING_OFFERS -> {
				properties.put(IndexFields.OFFER_TYPE, keyword());
				properties.put(IndexFields.OCCUPATIONS, keyword());
				properties.put(IndexFields.RECOGNITION_GOAL, keyword());
				properties.put(IndexFields.ENTRY_LEVEL, keyword());
				properties.put(IndexFields.TARGET_LEVEL, keyword());
				properties.put(IndexFields.FORMAT, keyword());
				properties.put(IndexFields.VENUES, site());
				properties.put(IndexFields.LOCATIONS, geoPoint());
				properties.put("locationIndependent", bool());
				properties.put(IndexFields.START_DATE, date());
				properties.put("endDate", date());
				properties.put(IndexFields.REGISTRATION_DEADLINE, date());
				properties.put("durationHours", integer());
				// scaled_float lives in mapper-extras, which the minimal distribution
				// lacks.
				properties.put(IndexFields.COST_EUR, Property.of((p) -> p.double_((d) -> d)));
				properties.put(IndexFields.FREE_OF_CHARGE, bool());
				properties.put(IndexFields.FUNDING, keyword());
				properties.put(IndexFields.LANGUAGES, keyword());
			}
			case CURRICULA -> {
				properties.put(IndexFields.FORMAT, keyword());
				properties.put("durationHours", integer());
				properties.put(IndexFields.LANGUAGES, keyword());
				properties.put("materials", object(
						Map.of("title", text(), "url", storedOnly(), "format", keyword(), "language", keyword())));
				properties.put(IndexFields.LICENCE, keyword());
				properties.put("publishedOn", date());
			}
			case START_UP_RESOURCES -> {
				properties.put(IndexFields.RESOURCE_TYPE, keyword());
				properties.put(IndexFields.LANGUAGES, keyword());
				properties.put("url", storedOnly());
				properties.put(IndexFields.FORMAT, keyword());
				properties.put(IndexFields.LICENCE, keyword());
				properties.put("publishedOn", date());
			}
		}
		return TypeMapping.of((m) -> m.dynamic(DynamicMapping.Strict)
			// The stems are for searching only: documents read back keep their shape and
			// size.
			.source((s) -> s.excludes(LanguageAnalysis.STEMS, LanguageAnalysis.STEMS + ".*",
					IndexFields.CONTENT_DIGEST))
			.properties(properties));
	}

	private static Map<String, Property> common(TextAnalysis analysis) {
		Map<String, Property> properties = new LinkedHashMap<>();
		properties.put(IndexFields.ID, keyword());
		properties.put(IndexFields.SLUG, keyword());
		properties.put(IndexFields.SOURCE_LANGUAGE, keyword());
		properties.put(IndexFields.TITLE, localisedText(analysis));
		properties.put(IndexFields.SUMMARY, localisedText(analysis));
		properties.put(IndexFields.BODY, localisedText(analysis));
		properties.put(IndexFields.TOPICS, keyword());
		properties.put(IndexFields.TARGET_GROUPS, keyword());
		properties.put(IndexFields.FEDERAL_STATES, keyword());
		properties.put(IndexFields.PROVIDER, textWithKeyword());
		properties.put("contact", contact());
		properties.put("sampleData", bool());
		properties.put(IndexFields.UPDATED_AT, date());
		properties.put("source", object(Map.of("origin", storedOnly(), "line",
				Property.of((p) -> p.long_((l) -> l.index(false))), "lastVerified", date(), "url", storedOnly())));
		String german = analysis.analyzer(ContentLanguage.DE);
		properties.put(IndexFields.COMPOUND_PARTS, Property.of((p) -> p.text((t) -> t.analyzer(german))));
		properties.put(LanguageAnalysis.STEMS,
				object(Map.of(IndexFields.TITLE, stems(), IndexFields.SUMMARY, stems(), IndexFields.BODY, stems())));
		// Read from doc values by the change log, never searched.
		properties.put(IndexFields.CONTENT_DIGEST, Property.of((p) -> p.long_((l) -> l.index(false))));
		return properties;
	}

	/**
	 * A localised field's stems per language ({@code stems.title.de}): the terms are made
	 * by {@link LanguageAnalysis} in the indexer (and for queries in the API), so the
	 * node only splits on whitespace, the same on a minimal and a full cluster.
	 */
	private static Property stems() {
		Map<String, Property> languages = new LinkedHashMap<>();
		for (ContentLanguage language : ContentLanguage.values()) {
			languages.put(language.code(),
					Property.of((p) -> p.text((t) -> t.analyzer(LanguageAnalysis.NODE_ANALYZER))));
		}
		return object(languages);
	}

	/** An office or venue: searchable by place and state, located for geo queries. */
	private static Property site() {
		return object(Map.of("name", text(), "address",
				object(Map.of("street", text(), "postalCode", keyword(), "city", textWithKeyword(), "federalState",
						keyword())),
				"location", geoPoint(), "contact", contact(), "openingHours",
				object(Map.of("day", keyword(), "opens", keyword(), "closes", keyword())), "accessibility", keyword()));
	}

	private static Property contact() {
		return object(Map.of("phone", storedOnly(), "email", storedOnly(), "website", storedOnly()));
	}

	private static Property localisedText(TextAnalysis analysis) {
		Map<String, Property> languages = new LinkedHashMap<>();
		for (ContentLanguage language : ContentLanguage.values()) {
			String analyzer = analysis.analyzer(language);
			languages.put(language.code(), Property.of((p) -> p.text((t) -> t.analyzer(analyzer))));
		}
		return object(languages);
	}

	private static Property object(Map<String, Property> properties) {
		return Property.of((p) -> p.object((o) -> o.dynamic(DynamicMapping.Strict).properties(properties)));
	}

	private static Property keyword() {
		return Property.of((p) -> p.keyword((k) -> k));
	}

	/** Returned with the document, never searched: contact details, URLs. */
	private static Property storedOnly() {
		return Property.of((p) -> p.keyword((k) -> k.index(false).docValues(false)));
	}

	private static Property text() {
		return Property.of((p) -> p.text((t) -> t));
	}

	private static Property textWithKeyword() {
		return Property.of((p) -> p.text((t) -> t.fields("keyword", keyword())));
	}

	private static Property geoPoint() {
		return Property.of((p) -> p.geoPoint((g) -> g));
	}

	private static Property bool() {
		return Property.of((p) -> p.boolean_((b) -> b));
	}

	private static Property date() {
		return Property.of((p) -> p.date((d) -> d));
	}

	private static Property integer() {
		return Property.of((p) -> p.integer((i) -> i));
	}

}
