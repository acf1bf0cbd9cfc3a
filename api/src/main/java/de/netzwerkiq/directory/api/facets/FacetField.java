package de.netzwerkiq.directory.api.facets;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerkiq.directory.indexer.content.Accessibility;
import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.content.Topic;

import static de.netzwerkiq.directory.indexer.content.ContentKind.ADVICE_CENTRES;
import static de.netzwerkiq.directory.indexer.content.ContentKind.CURRICULA;
import static de.netzwerkiq.directory.indexer.content.ContentKind.START_UP_RESOURCES;
import static de.netzwerkiq.directory.indexer.content.ContentKind.TRAINING_OFFERS;

/**
 * Every field a result list can be narrowed and counted by: the index field it lives in
 * for each kind it applies to, and the code list its values come from. Values travel in
 * two spellings: as stored in the index (the indexer's JSON, e.g. {@code DE-BE}) and as a
 * client sends them back in a filter (the GraphQL enum name, e.g. {@code DE_BE}).
 */
public enum FacetField {

	/** The kind, counted over the concrete index names; cross-kind search only. */
	KIND(null, Map.of()), FEDERAL_STATE(FederalState.class, everyKind(IndexFields.FEDERAL_STATES)),
	TOPIC(Topic.class, everyKind(IndexFields.TOPICS)),
	TARGET_GROUP(TargetGroup.class, everyKind(IndexFields.TARGET_GROUPS)),
	DELIVERY_MODE(DeliveryMode.class, Map.of(ADVICE_CENTRES, IndexFields.DELIVERY_MODES)),
	LANGUAGE(String.class,
			Map.of(ADVICE_CENTRES, IndexFields.LANGUAGES_SPOKEN, TRAINING_OFFERS, IndexFields.LANGUAGES, CURRICULA,
					IndexFields.LANGUAGES, START_UP_RESOURCES, IndexFields.LANGUAGES)),
	OCCUPATION(String.class, Map.of(ADVICE_CENTRES, IndexFields.OCCUPATIONS, TRAINING_OFFERS, IndexFields.OCCUPATIONS)),
	ACCESSIBILITY(Accessibility.class, Map.of(ADVICE_CENTRES, IndexFields.ACCESSIBILITY)),
	FREE_OF_CHARGE(Boolean.class,
			Map.of(ADVICE_CENTRES, IndexFields.FREE_OF_CHARGE, TRAINING_OFFERS, IndexFields.FREE_OF_CHARGE)),
	OFFER_TYPE(OfferType.class, Map.of(TRAINING_OFFERS, IndexFields.OFFER_TYPE)),
	RECOGNITION_GOAL(RecognitionGoal.class, Map.of(TRAINING_OFFERS, IndexFields.RECOGNITION_GOAL)),
	ENTRY_LEVEL(CefrLevel.class, Map.of(TRAINING_OFFERS, IndexFields.ENTRY_LEVEL)),
	TARGET_LEVEL(CefrLevel.class, Map.of(TRAINING_OFFERS, IndexFields.TARGET_LEVEL)),
	FORMAT(CourseFormat.class, Map.of(TRAINING_OFFERS, IndexFields.FORMAT, CURRICULA, IndexFields.FORMAT)),
	FUNDING(Funding.class, Map.of(TRAINING_OFFERS, IndexFields.FUNDING)),
	LICENCE(Licence.class, Map.of(CURRICULA, IndexFields.LICENCE)),
	RESOURCE_TYPE(ResourceType.class, Map.of(START_UP_RESOURCES, IndexFields.RESOURCE_TYPE)),
	MATERIAL_FORMAT(MaterialFormat.class, Map.of(START_UP_RESOURCES, IndexFields.FORMAT));

	/** Buckets asked for where the values are not a closed code list. */
	private static final int OPEN_LIST_SIZE = 100;

	private final Class<?> values;

	private final Map<ContentKind, String> fields;

	private final Map<String, String> storedToName = new LinkedHashMap<>();

	private final Map<String, String> nameToStored = new LinkedHashMap<>();

	FacetField(Class<?> values, Map<ContentKind, String> fields) {
		this.values = values;
		this.fields = fields.isEmpty() ? Map.of() : new EnumMap<>(fields);
		if (values != null && values.isEnum()) {
			ObjectMapper json = ContentJson.objectMapper();
			for (Object constant : values.getEnumConstants()) {
				String stored = json.convertValue(constant, String.class);
				String name = ((Enum<?>) constant).name();
				this.storedToName.put(stored, name);
				this.nameToStored.put(name, stored);
			}
		}
	}

	/** The index field of this facet in a kind's index; empty where it does not apply. */
	public Optional<String> field(ContentKind kind) {
		return Optional.ofNullable(this.fields.get(kind));
	}

	public boolean appliesTo(ContentKind kind) {
		return this == KIND || this.fields.containsKey(kind);
	}

	/** The facets that apply to every one of the kinds. */
	public static List<FacetField> of(List<ContentKind> kinds) {
		if (kinds.size() > 1) {
			return List.of(KIND, FEDERAL_STATE, TOPIC, TARGET_GROUP);
		}
		return Arrays.stream(values()).filter((f) -> f != KIND && f.appliesTo(kinds.get(0))).toList();
	}

	/** How many buckets to ask for: the whole code list, or a generous top list. */
	public int bucketCount() {
		return this.storedToName.isEmpty() ? OPEN_LIST_SIZE : this.storedToName.size();
	}

	/** A stored value as a client writes it in a filter. */
	public String toClientValue(String stored) {
		return this.storedToName.getOrDefault(stored, stored);
	}

	/**
	 * A value from a filter (an enum constant, a code, a boolean) as it is stored. A
	 * constant of an open list's facet (a {@code SpokenLanguage} for {@link #LANGUAGE})
	 * is stored as its JSON says ({@code ar}).
	 */
	public String toStoredValue(Object value) {
		if (value instanceof Enum<?> constant) {
			String stored = this.nameToStored.get(constant.name());
			if (stored != null) {
				return stored;
			}
			return (this.values == String.class) ? Json.MAPPER.convertValue(constant, String.class) : constant.name();
		}
		return String.valueOf(value);
	}

	/** Every index field this facet lives in, each once. */
	public List<String> fields() {
		return this.fields.values().stream().distinct().toList();
	}

	/**
	 * One mapper for the values read while a search is built (an enum's constructor
	 * cannot use a static field of its own).
	 */
	private static final class Json {

		static final ObjectMapper MAPPER = ContentJson.objectMapper();

	}

	private static Map<ContentKind, String> everyKind(String field) {
		Map<ContentKind, String> fields = new EnumMap<>(ContentKind.class);
		for (ContentKind kind : ContentKind.values()) {
			fields.put(kind, field);
		}
		return fields;
	}

}
