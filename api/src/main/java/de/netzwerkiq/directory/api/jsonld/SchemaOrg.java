package de.netzwerkiq.directory.api.jsonld;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Curriculum;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.Material;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.OpeningHours;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.StartUpResource;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/**
 * A record as schema.org JSON-LD, for a page to embed for search engines: an advice
 * centre as a {@code Service} with a {@code ServiceChannel} per office and per remote way
 * of advice, a training offer as a {@code Course} with a {@code CourseInstance} per
 * venue, a curriculum as a {@code LearningResource} and a start-up resource as a
 * {@code CreativeWork}. Every property is one whose domain includes the type it is on
 * (checked by {@code SchemaOrgTests} against the vocabulary); empty values are left out.
 */
public final class SchemaOrg {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/**
	 * Writes {@code <}, {@code >} and {@code &} as {@code \u003C}…, so that no text of a
	 * record can close the script element a page embeds the JSON in.
	 */
	private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new ScriptSafeEscapes());

	private static final Map<DeliveryMode, String> REMOTE_CHANNELS = new EnumMap<>(Map.of(DeliveryMode.PHONE,
			"Advice by phone", DeliveryMode.VIDEO, "Advice by video call", DeliveryMode.WRITTEN, "Advice in writing"));

	private static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "odt",
			"application/vnd.oasis.opendocument.text", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip", "application/zip", "mp4",
			"video/mp4", "mp3", "audio/mpeg");

	private SchemaOrg() {
	}

	/**
	 * The JSON-LD as compact JSON text, safe to put between
	 * {@code <script type="application/ld+json">} and {@code </script>}.
	 * @param language the language of the texts; null for the record's source language
	 */
	public static String json(ContentDocument document, ContentLanguage language) {
		try {
			return WRITER.writeValueAsString(of(document, language));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A JSON tree could not be written", ex);
		}
	}

	/**
	 * The JSON-LD of a record.
	 * @param language the language of the texts; null for the record's source language
	 */
	public static ObjectNode of(ContentDocument document, ContentLanguage language) {
		Item item;
		if (document instanceof AdviceCentre centre) {
			item = service(centre, language);
		}
		else if (document instanceof TrainingOffer offer) {
			item = course(offer, language);
		}
		else if (document instanceof Curriculum curriculum) {
			item = learningResource(curriculum, language);
		}
		else if (document instanceof StartUpResource resource) {
			item = creativeWork(resource, language);
		}
		else {
			throw new IllegalArgumentException("Not a content document: " + document.getClass());
		}
		ObjectNode json = NODES.objectNode().put("@context", "https://schema.org");
		json.setAll(item.json);
		return json;
	}

	private static Item service(AdviceCentre centre, ContentLanguage language) {
		String website = website(centre.contact());
		List<Item> channels = new ArrayList<>();
		for (Site office : centre.offices()) {
			String officeWebsite = website(office.contact());
			channels.add(new Item("ServiceChannel").put("name", office.name())
				.put("serviceLocation", place(office, centre.contact()))
				.put("servicePhone", contactPoint(phone(office, centre.contact())))
				.put("serviceUrl", (officeWebsite != null) ? officeWebsite : website)
				.put("availableLanguage", centre.languagesSpoken()));
		}
		for (DeliveryMode mode : centre.deliveryModes()) {
			if (REMOTE_CHANNELS.containsKey(mode)) {
				boolean phone = mode == DeliveryMode.PHONE;
				channels.add(new Item("ServiceChannel").put("name", REMOTE_CHANNELS.get(mode))
					.put("servicePhone", phone ? contactPoint(phone(centre.contact())) : null)
					.put("serviceUrl", phone ? null : website)
					.put("availableLanguage", centre.languagesSpoken()));
			}
		}
		return thing("Service", centre, language).put("url", website)
			.put("serviceType", topics(centre))
			.put("provider", organization(centre.provider()))
			.put("areaServed",
					centre.federalStates().containsAll(List.of(FederalState.values()))
							? new Item("Country").put("name", "Deutschland")
							: centre.federalStates()
								.stream()
								.map((state) -> new Item("State").put("name", state.germanName()))
								.toList())
			.put("audience", audiences(centre))
			.put("offers", centre.freeOfCharge() ? price(BigDecimal.ZERO) : null)
			.put("availableChannel", channels);
	}

	private static Item course(TrainingOffer offer, ContentLanguage language) {
		String website = website(offer.contact());
		ContentLanguage occupationLanguage = (language != null) ? language
				: ContentLanguage.fromCode(offer.sourceLanguage()).orElse(ContentLanguage.DE);
		String mode = switch (offer.format()) {
			case IN_PERSON -> "onsite";
			case BLENDED -> "blended";
			case ONLINE, SELF_STUDY -> "online";
		};
		List<Item> instances = new ArrayList<>();
		for (Site venue : offer.venues()) {
			instances.add(courseInstance(offer, mode).put("location", place(venue, offer.contact())));
		}
		if (instances.isEmpty()) {
			boolean virtual = offer.format().locationIndependent() && website != null;
			instances.add(courseInstance(offer, mode).put("location",
					virtual ? new Item("VirtualLocation").put("url", website) : null));
		}
		BigDecimal price = offer.freeOfCharge() ? BigDecimal.ZERO : offer.costEur();
		String level = (offer.entryLevel() == null || offer.targetLevel() == null) ? null
				: (offer.entryLevel() == offer.targetLevel()) ? "CEFR " + offer.targetLevel()
						: "CEFR " + offer.entryLevel() + "–" + offer.targetLevel();
		return thing("Course", offer, language).put("url", website)
			.put("provider", organization(offer.provider()))
			.put("inLanguage", offer.languages())
			.put("educationalLevel", level)
			.put("coursePrerequisites",
					(offer.entryLevel() != null) ? "German at CEFR level " + offer.entryLevel() + " or higher" : null)
			.put("about",
					offer.occupations()
						.stream()
						.flatMap((code) -> Occupations.byCode(code).stream())
						.map((occupation) -> new Item("Occupation").put("name", occupation.name(occupationLanguage)))
						.toList())
			.put("keywords", topics(offer))
			.put("audience", audiences(offer))
			.put("offers",
					(price != null) ? price(price).put("category", offer.freeOfCharge() ? "Free" : "Paid")
						.put("availabilityEnds", offer.registrationDeadline()) : null)
			.put("hasCourseInstance", instances);
	}

	private static Item courseInstance(TrainingOffer offer, String mode) {
		return new Item("CourseInstance").put("courseMode", mode)
			.put("startDate", offer.startDate())
			.put("endDate", offer.endDate())
			.put("courseWorkload", hours(offer.durationHours()));
	}

	private static Item learningResource(Curriculum curriculum, ContentLanguage language) {
		return thing("LearningResource", curriculum, language).put("url", website(curriculum.contact()))
			.put("publisher", organization(curriculum.provider()))
			.put("inLanguage", curriculum.languages())
			.put("license", licenceUrl(curriculum.licence()))
			.put("datePublished", curriculum.publishedOn())
			.put("dateModified", curriculum.updatedAt())
			.put("learningResourceType", "Curriculum")
			.put("keywords", topics(curriculum))
			.put("audience", audiences(curriculum))
			.put("timeRequired", hours(curriculum.durationHours()))
			.put("hasPart", curriculum.materials().stream().map(SchemaOrg::material).toList());
	}

	private static Item creativeWork(StartUpResource resource, ContentLanguage language) {
		return thing("CreativeWork", resource, language).put("url", resource.url())
			.put("publisher", organization(resource.provider()))
			.put("inLanguage", resource.languages())
			.put("license", licenceUrl(resource.licence()))
			.put("datePublished", resource.publishedOn())
			.put("dateModified", resource.updatedAt())
			.put("genre", (resource.resourceType() != null) ? words(resource.resourceType()) : null)
			.put("encodingFormat", mediaType(resource.format(), resource.url()))
			.put("keywords", topics(resource))
			.put("audience", audiences(resource));
	}

	/** What every record has: its type, name, description and id. */
	private static Item thing(String type, ContentDocument document, ContentLanguage language) {
		Map<String, String> description = (document.summary() != null && !document.summary().isEmpty())
				? document.summary() : document.body();
		return new Item(type).put("name", text(document, document.title(), language))
			.put("description", text(document, description, language))
			.put("identifier", document.id());
	}

	private static String text(ContentDocument document, Map<String, String> texts, ContentLanguage language) {
		Languages.LocalisedText text = Languages.pick(document.sourceLanguage(), texts, language);
		return (text != null) ? text.text() : null;
	}

	private static Item place(Site site, Contact recordContact) {
		var address = site.address();
		var point = site.location();
		return new Item("Place").put("name", site.name())
			.put("address",
					(address != null) ? new Item("PostalAddress").put("streetAddress", address.street())
						.put("postalCode", address.postalCode())
						.put("addressLocality", address.city())
						.put("addressRegion",
								(address.federalState() != null) ? address.federalState().germanName() : null)
						.put("addressCountry", "DE") : null)
			.put("geo", (point != null)
					? new Item("GeoCoordinates").put("latitude", point.lat()).put("longitude", point.lon()) : null)
			.put("telephone", phone(site, recordContact))
			.put("openingHoursSpecification", site.openingHours().stream().map(SchemaOrg::openingHours).toList())
			.put("amenityFeature",
					site.accessibility()
						.stream()
						.map((feature) -> new Item("LocationFeatureSpecification").put("name", words(feature))
							.put("value", true))
						.toList());
	}

	private static Item openingHours(OpeningHours hours) {
		return new Item("OpeningHoursSpecification")
			.put("dayOfWeek", "https://schema.org/" + hours.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
			.put("opens", hours.opens())
			.put("closes", hours.closes());
	}

	private static Item material(Material material) {
		boolean webPage = material.format() == MaterialFormat.WEB_PAGE;
		String mediaType = webPage ? null : mediaType(material.format(), material.url());
		// contentUrl is the file itself; a page that shows a video is only its url.
		return new Item(webPage ? "WebPage" : "MediaObject").put("name", material.title())
			.put((mediaType != null) ? "contentUrl" : "url", material.url())
			.put("encodingFormat", mediaType)
			.put("inLanguage", material.language());
	}

	/** What a record is about, in English words. */
	private static List<String> topics(ContentDocument document) {
		return document.topics().stream().map(SchemaOrg::words).toList();
	}

	/** Who a record is for. */
	private static List<Item> audiences(ContentDocument document) {
		return document.targetGroups()
			.stream()
			.map((group) -> new Item("Audience").put("audienceType", words(group)))
			.toList();
	}

	private static Item organization(String name) {
		return (name != null) ? new Item("Organization").put("name", name) : null;
	}

	private static Item contactPoint(String phone) {
		return (phone != null) ? new Item("ContactPoint").put("telephone", phone) : null;
	}

	private static Item price(BigDecimal amount) {
		return new Item("Offer").put("price", amount).put("priceCurrency", "EUR");
	}

	private static String phone(Contact contact) {
		return (contact != null) ? contact.phone() : null;
	}

	/** The phone of an office or venue, else the record's. */
	private static String phone(Site site, Contact recordContact) {
		String own = phone(site.contact());
		return (own != null) ? own : phone(recordContact);
	}

	private static String website(Contact contact) {
		return (contact != null) ? contact.website() : null;
	}

	/** An ISO 8601 duration: 40 hours are PT40H. */
	private static String hours(Integer hours) {
		return (hours != null) ? "PT" + hours + "H" : null;
	}

	/** The licence's deed; none for all rights reserved. */
	private static String licenceUrl(Licence licence) {
		if (licence == null) {
			return null;
		}
		return switch (licence) {
			case CC0_1_0 -> "https://creativecommons.org/publicdomain/zero/1.0/";
			case CC_BY_4_0 -> "https://creativecommons.org/licenses/by/4.0/";
			case CC_BY_SA_4_0 -> "https://creativecommons.org/licenses/by-sa/4.0/";
			case CC_BY_NC_4_0 -> "https://creativecommons.org/licenses/by-nc/4.0/";
			case CC_BY_NC_SA_4_0 -> "https://creativecommons.org/licenses/by-nc-sa/4.0/";
			case CC_BY_ND_4_0 -> "https://creativecommons.org/licenses/by-nd/4.0/";
			case ALL_RIGHTS_RESERVED -> null;
		};
	}

	/**
	 * The MIME type of a download, from its file name, else from its format if that says
	 * it.
	 */
	private static String mediaType(MaterialFormat format, String url) {
		String name = (url != null) ? url.replaceFirst("[?#].*$", "") : "";
		String extension = name.substring(name.lastIndexOf('/') + 1);
		extension = extension.contains(".") ? extension.substring(extension.lastIndexOf('.') + 1) : "";
		String byName = MEDIA_TYPES.get(extension.toLowerCase(Locale.ROOT));
		if (byName != null) {
			return byName;
		}
		return (format == MaterialFormat.PDF) ? "application/pdf"
				: (format == MaterialFormat.WEB_PAGE) ? "text/html" : null;
	}

	/** A code as English words: EU_WORKERS is "EU workers". */
	private static String words(Enum<?> code) {
		String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT).replaceFirst("^eu ", "EU ");
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A JSON-LD object under construction; {@link #put} skips empty values. */
	private static final class Item {

		private final ObjectNode json = NODES.objectNode();

		Item(String type) {
			this.json.put("@type", type);
		}

		Item put(String property, Object value) {
			JsonNode node = node(value);
			if (node != null) {
				this.json.set(property, node);
			}
			return this;
		}

		private static JsonNode node(Object value) {
			if (value == null || (value instanceof String text && text.isBlank())) {
				return null;
			}
			if (value instanceof Item item) {
				return item.json;
			}
			if (value instanceof Collection<?> values) {
				ArrayNode array = NODES.arrayNode();
				for (Object element : values) {
					JsonNode node = node(element);
					if (node != null) {
						array.add(node);
					}
				}
				return array.isEmpty() ? null : array;
			}
			if (value instanceof BigDecimal number) {
				return NODES.numberNode(number);
			}
			if (value instanceof Double number) {
				return NODES.numberNode(number);
			}
			if (value instanceof Boolean flag) {
				return NODES.booleanNode(flag);
			}
			// Text, and dates, times and instants in their ISO 8601 form.
			return NODES.textNode(value.toString());
		}

	}

	private static final class ScriptSafeEscapes extends CharacterEscapes {

		private static final long serialVersionUID = 1L;

		private final int[] escapes = standardAsciiEscapesForJSON();

		ScriptSafeEscapes() {
			this.escapes['<'] = ESCAPE_STANDARD;
			this.escapes['>'] = ESCAPE_STANDARD;
			this.escapes['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
