package de.netzwerkiq.directory.api.relevance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * A field of a record that a relevance rule can test, named as in the source files, with
 * the codes it accepts and how its values are read from a record. Judging by attributes,
 * not by record id, keeps the judgements valid on generated and on real content alike.
 * {@code near} is not listed: it is a circle, not a set of codes (see {@link Condition}).
 */
enum RuleField {

	/** The kind of record: ContentKind names. */
	KIND("kind", names(ContentKind.values())),

	TOPICS("topics", names(Topic.values())),

	TARGET_GROUPS("targetGroups", names(TargetGroup.values())),

	OFFER_TYPE("offerType", names(OfferType.values())),

	RESOURCE_TYPE("resourceType", names(ResourceType.values())),

	/** KldB 2010 codes; only those of the occupation thesaurus exist. */
	OCCUPATIONS("occupations", (code) -> Occupations.byCode(code).isPresent()),

	/**
	 * FederalState names (DE_NW): the states a record names and those of its offices and
	 * venues.
	 */
	FEDERAL_STATES("federalStates", names(FederalState.values())),

	/** A city of an office or venue, as written in the address. */
	CITY("city", (city) -> !city.isBlank()),

	ENTRY_LEVEL("entryLevel", names(CefrLevel.values())),

	TARGET_LEVEL("targetLevel", names(CefrLevel.values())),

	/**
	 * A CEFR level the course covers: from its entry to its target level, both included.
	 */
	LEVEL("level", names(CefrLevel.values())),

	/** CourseFormat for offers and curricula, MaterialFormat for start-up resources. */
	FORMAT("format", names(CourseFormat.values()).or(names(MaterialFormat.values()))),

	RECOGNITION_GOAL("recognitionGoal", names(RecognitionGoal.values())),

	DELIVERY_MODES("deliveryModes", names(DeliveryMode.values())),

	/** Languages an offer is taught in or a resource or curriculum is available in. */
	LANGUAGES("languages", languageCodes()),

	/** Languages an advice centre advises in. */
	LANGUAGES_SPOKEN("languagesSpoken", languageCodes()),

	FUNDING("funding", names(Funding.values())),

	FREE_OF_CHARGE("freeOfCharge", (value) -> value.equals("true") || value.equals("false"));

	private final String key;

	private final Predicate<String> validCode;

	RuleField(String key, Predicate<String> validCode) {
		this.key = key;
		this.validCode = validCode;
	}

	/** The field's name in the query files. */
	String key() {
		return this.key;
	}

	boolean isValid(String code) {
		return this.validCode.test(code);
	}

	static Optional<RuleField> byKey(String key) {
		return Arrays.stream(values()).filter((field) -> field.key.equals(key)).findFirst();
	}

	/** The record's values of this field, as codes comparable with a rule's. */
	Set<String> values(ContentKind kind, JsonNode record) {
		return switch (this) {
			case KIND -> Set.of(kind.name());
			case FEDERAL_STATES -> SampleRecords.states(record)
				.stream()
				.map((state) -> state.replace('-', '_'))
				.collect(Collectors.toSet());
			case CITY -> SampleRecords.sites(record)
				.stream()
				.map((site) -> site.at("/address/city").asText())
				.collect(Collectors.toSet());
			case LEVEL -> coveredLevels(record);
			case FREE_OF_CHARGE ->
				record.has("freeOfCharge") ? Set.of(String.valueOf(record.get("freeOfCharge").asBoolean())) : Set.of();
			default -> {
				JsonNode value = record.path(this.key);
				if (value.isArray()) {
					yield SampleRecords.values(record, this.key);
				}
				yield value.isMissingNode() || value.isNull() ? Set.of() : Set.of(value.asText());
			}
		};
	}

	private static Set<String> coveredLevels(JsonNode record) {
		String entry = record.path("entryLevel").asText(null);
		String target = record.path("targetLevel").asText(null);
		if (entry == null && target == null) {
			return Set.of();
		}
		int from = CefrLevel.valueOf((entry != null) ? entry : target).ordinal();
		int to = CefrLevel.valueOf((target != null) ? target : entry).ordinal();
		Set<String> levels = new LinkedHashSet<>();
		for (int i = from; i <= to; i++) {
			levels.add(CefrLevel.values()[i].name());
		}
		return levels;
	}

	private static Predicate<String> names(Enum<?>[] constants) {
		Set<String> names = Stream.of(constants).map(Enum::name).collect(Collectors.toSet());
		return names::contains;
	}

	private static Predicate<String> languageCodes() {
		List<String> codes = Stream.of(ContentLanguage.values())
			.map((language) -> language.name().toLowerCase(Locale.ROOT))
			.toList();
		return codes::contains;
	}

}
