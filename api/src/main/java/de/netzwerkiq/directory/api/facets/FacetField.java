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
	KIND(null, Map.of()), FEDERAL_STATE(FederalState.class, everyKind("federalStates")),
	TOPIC(Topic.class, everyKind("topics")), TARGET_GROUP(TargetGroup.class, everyKind("targetGroups")),
	DELIVERY_MODE(DeliveryMode.class, Map.of(ADVICE_CENTRES, "deliveryModes")),
	LANGUAGE(String.class,
			Map.of(ADVICE_CENTRES, "languagesSpoken", TRAINING_OFFERS, "languages", CURRICULA, "languages",
					START_UP_RESOURCES, "languages")),
	OCCUPATION(String.class, Map.of(ADVICE_CENTRES, "occupations", TRAINING_OFFERS, "occupations")),
	ACCESSIBILITY(Accessibility.class, Map.of(ADVICE_CENTRES, "accessibility")),
	FREE_OF_CHARGE(Boolean.class, Map.of(ADVICE_CENTRES, "freeOfCharge", TRAINING_OFFERS, "freeOfCharge")),
	OFFER_TYPE(OfferType.class, Map.of(TRAINING_OFFERS, "offerType")),
	RECOGNITION_GOAL(RecognitionGoal.class, Map.of(TRAINING_OFFERS, "recognitionGoal")),
	ENTRY_LEVEL(CefrLevel.class, Map.of(TRAINING_OFFERS, "entryLevel")),
	TARGET_LEVEL(CefrLevel.class, Map.of(TRAINING_OFFERS, "targetLevel")),
	FORMAT(CourseFormat.class, Map.of(TRAINING_OFFERS, "format", CURRICULA, "format")),
	FUNDING(Funding.class, Map.of(TRAINING_OFFERS, "funding")), LICENCE(Licence.class, Map.of(CURRICULA, "licence")),
	RESOURCE_TYPE(ResourceType.class, Map.of(START_UP_RESOURCES, "resourceType")),
	MATERIAL_FORMAT(MaterialFormat.class, Map.of(START_UP_RESOURCES, "format"));

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

	/** A value from a filter (an enum constant, a code, a boolean) as it is stored. */
	public String toStoredValue(Object value) {
		if (value instanceof Enum<?> constant) {
			return this.nameToStored.getOrDefault(constant.name(), constant.name());
		}
		return String.valueOf(value);
	}

	private static Map<ContentKind, String> everyKind(String field) {
		Map<ContentKind, String> fields = new EnumMap<>(ContentKind.class);
		for (ContentKind kind : ContentKind.values()) {
			fields.put(kind, field);
		}
		return fields;
	}

}
