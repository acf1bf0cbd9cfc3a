package de.netzwerkiq.directory.indexer.index;

/**
 * The names of the index fields that searches, filters, sorts and facets refer to,
 * defined once beside the mapping ({@link IndexDefinitions}) that creates them. They are
 * the JSON property names of the document records, so a renamed record component shows up
 * here too (IndexDefinitionsTests holds the two together).
 */
public final class IndexFields {

	public static final String ID = "id";

	public static final String SLUG = "slug";

	public static final String SOURCE_LANGUAGE = "sourceLanguage";

	/** Localised: one sub-field per content language, {@code title.de}. */
	public static final String TITLE = "title";

	/** Localised, like {@link #TITLE}. */
	public static final String SUMMARY = "summary";

	/** Localised, like {@link #TITLE}. */
	public static final String BODY = "body";

	/** The parts of the German compounds in a record's texts, split by the indexer. */
	public static final String COMPOUND_PARTS = "compoundParts";

	/**
	 * The digest of a document's content that a reindex adds to it (no record component:
	 * doc values only, not in {@code _source}), so that two versions are compared without
	 * reading them back.
	 */
	public static final String CONTENT_DIGEST = "contentDigest";

	public static final String TOPICS = "topics";

	public static final String TARGET_GROUPS = "targetGroups";

	public static final String FEDERAL_STATES = "federalStates";

	public static final String PROVIDER = "provider";

	public static final String UPDATED_AT = "updatedAt";

	/** Every office's or venue's point, for geo filters, sorts and clusters. */
	public static final String LOCATIONS = "locations";

	public static final String OFFICES = "offices";

	public static final String VENUES = "venues";

	/** KldB 2010 codes of the occupations a record is about. */
	public static final String OCCUPATIONS = "occupations";

	public static final String DELIVERY_MODES = "deliveryModes";

	public static final String LANGUAGES_SPOKEN = "languagesSpoken";

	public static final String ACCESSIBILITY = "accessibility";

	public static final String FREE_OF_CHARGE = "freeOfCharge";

	/** Minute-of-week ranges an advice centre is open in. */
	public static final String OPEN_MINUTES = "openMinutes";

	/** Days an advice centre is closed on (holidays, closures). */
	public static final String CLOSED_DAYS = "closedDays";

	public static final String OFFER_TYPE = "offerType";

	public static final String RECOGNITION_GOAL = "recognitionGoal";

	public static final String ENTRY_LEVEL = "entryLevel";

	public static final String TARGET_LEVEL = "targetLevel";

	public static final String FORMAT = "format";

	public static final String START_DATE = "startDate";

	public static final String REGISTRATION_DEADLINE = "registrationDeadline";

	public static final String COST_EUR = "costEur";

	public static final String FUNDING = "funding";

	/** The languages a course, curriculum or resource is in. */
	public static final String LANGUAGES = "languages";

	public static final String LICENCE = "licence";

	public static final String RESOURCE_TYPE = "resourceType";

	private IndexFields() {
	}

}
