package de.netzwerkiq.directory.indexer.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectWriter;

import de.netzwerkiq.directory.indexer.content.Accessibility;
import de.netzwerkiq.directory.indexer.content.Address;
import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.Material;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.OpeningHours;
import de.netzwerkiq.directory.indexer.content.Closure;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.sample.Phrases.CentreType;
import de.netzwerkiq.directory.indexer.sample.Phrases.CurriculumSubject;
import de.netzwerkiq.directory.indexer.sample.Phrases.OfferTemplate;
import de.netzwerkiq.directory.indexer.sample.Phrases.ResourceSubject;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.CurriculumRecord;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.source.StartUpResourceRecord;
import de.netzwerkiq.directory.indexer.source.TrainingOfferRecord;

/**
 * Generates the fictional sample content: records that look like the real network (real
 * places, the programme's kinds of advice and training, eight languages) but are marked
 * as sample data, with example.org addresses and phone numbers from the ranges the
 * Bundesnetzagentur keeps for fiction. Record {@code n} depends only on its kind and
 * {@code n}, so the output is the same on every machine, any prefix of a long run equals
 * the bundled files, and a million records stream without being held in memory.
 */
public final class SampleContentGenerator {

	/** How many records of each kind are bundled with the indexer. */
	public static final Map<ContentKind, Integer> BUNDLED = bundled();

	/** Fixed, so that "upcoming" dates in the bundle do not move between runs. */
	static final LocalDate BASE_DATE = LocalDate.of(2026, 11, 1);

	private static final String[] LANGUAGES = { "de", "en", "ar", "fa", "tr", "ru", "uk", "fr" };

	private static final String[] OTHER_SPOKEN = { "en", "ar", "fa", "tr", "ru", "uk", "fr", "pl", "ro", "bg", "es",
			"it", "ku", "ti", "so", "sq", "vi", "el", "hr", "pt" };

	/** Bundesnetzagentur ranges for films and fiction: never a real subscriber. */
	private static final String[] FICTIONAL_PHONE_PREFIXES = { "+49 30 23125 ", "+49 69 90009 ", "+49 40 66969 ",
			"+49 221 4710 ", "+49 89 99998 " };

	private static final String[] STREETS = { "Beispielstraße", "Musterweg", "Am Beispielplatz", "Lindenallee",
			"Schulstraße", "Bahnhofstraße", "Gartenstraße", "Am Markt", "Kirchweg", "Ringstraße" };

	private static final String[] PROVIDERS = { "Bildungswerk Beispiel e. V.", "Musterträger Integration gGmbH",
			"Netzwerk Vielfalt Beispiel e. V.", "Beispiel-Akademie für Weiterbildung gGmbH",
			"Verein Brücken bauen e. V.", "Forum Arbeit Beispiel gGmbH", "Migrationsdienst Muster e. V.",
			"Weiterbildungszentrum Beispiel GmbH", "Initiative Neue Wege e. V.", "Bildungsträger Horizont gGmbH",
			"Arbeit und Leben Beispiel e. V.", "Kompetenzwerk Beispiel gGmbH" };

	private static final String[] OFFICE_NAMES = { null, null, null, "Büro Mitte", "Büro Nord", "Außenstelle",
			"Beratungsbüro am Bahnhof" };

	/** Regulated occupations for recognition training, most frequent first (nursing). */
	private static final String[] REGULATED = { "81302", "81302", "81302", "82102", "81404", "81404", "81804", "84114",
			"84124", "83112", "81712", "31104" };

	/** Occupations a knowledge test exists for. */
	private static final String[] KNOWLEDGE_TEST = { "81302", "81302", "81404", "81804" };

	private static final String[] BRIDGE_OCCUPATIONS = { "25104", "26304", "43104", "81102", "72112", "71402", "34212",
			"26212" };

	private static final TargetGroup[] CURRICULUM_AUDIENCES = { TargetGroup.JOB_CENTRE_STAFF,
			TargetGroup.EMPLOYMENT_AGENCY_STAFF, TargetGroup.MUNICIPAL_STAFF, TargetGroup.EMPLOYERS,
			TargetGroup.TEACHERS, TargetGroup.ADVISERS };

	private final List<SamplePlace> places;

	private final long[] cumulativePopulation;

	private final Map<FederalState, SamplePlace> largestByState = new EnumMap<>(FederalState.class);

	private final ObjectWriter writer = ContentJson.objectMapper().writer();

	SampleContentGenerator(List<SamplePlace> places) {
		this.places = places.stream()
			.sorted(Comparator.comparing(SamplePlace::postalCode).thenComparing(SamplePlace::city))
			.toList();
		this.cumulativePopulation = new long[this.places.size()];
		long total = 0;
		for (int i = 0; i < this.places.size(); i++) {
			SamplePlace place = this.places.get(i);
			total += Math.max(1, place.population());
			this.cumulativePopulation[i] = total;
			this.largestByState.merge(place.state(), place, (a, b) -> (b.population() > a.population()) ? b : a);
		}
		for (FederalState state : FederalState.values()) {
			if (!this.largestByState.containsKey(state)) {
				throw new IllegalArgumentException("No sample place in " + state.isoCode());
			}
		}
	}

	/** A generator over the bundled gazetteer's towns. */
	public static SampleContentGenerator fromGazetteer() {
		return new SampleContentGenerator(SamplePlaces.fromGazetteer());
	}

	private static Map<ContentKind, Integer> bundled() {
		Map<ContentKind, Integer> counts = new EnumMap<>(ContentKind.class);
		counts.put(ContentKind.ADVICE_CENTRES, 520);
		counts.put(ContentKind.TRAINING_OFFERS, 320);
		counts.put(ContentKind.CURRICULA, 64);
		counts.put(ContentKind.START_UP_RESOURCES, 160);
		return Map.copyOf(counts);
	}

	/** The first {@code count} records of a kind, generated lazily. */
	public Stream<SourceRecord> records(ContentKind kind, long count) {
		LongFunction<SourceRecord> generator = switch (kind) {
			case ADVICE_CENTRES -> this::adviceCentre;
			case TRAINING_OFFERS -> this::trainingOffer;
			case CURRICULA -> this::curriculum;
			case START_UP_RESOURCES -> this::startUpResource;
		};
		return LongStream.range(0, count).mapToObj(generator);
	}

	/**
	 * Writes records as NDJSON, one line each; nothing is held beyond the current record.
	 */
	public void write(ContentKind kind, long count, OutputStream out) throws IOException {
		Writer lines = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		for (SourceRecord record : (Iterable<SourceRecord>) records(kind, count)::iterator) {
			lines.write(this.writer.writeValueAsString(record));
			lines.write('\n');
		}
		lines.flush();
	}

	AdviceCentreRecord adviceCentre(long n) {
		Random random = random(ContentKind.ADVICE_CENTRES, n);
		int states = FederalState.values().length;
		CentreType type;
		SamplePlace place;
		Map<String, String> title;
		Map<String, String> summary;
		List<Topic> topics;
		List<TargetGroup> targetGroups;
		List<FederalState> federalStates = List.of();
		List<DeliveryMode> modes;
		if (n < states) {
			// "Faire Integration" has a centre in every state, in its biggest town.
			type = Phrases.FAIR_INTEGRATION;
			place = this.largestByState.get(FederalState.values()[(int) n]);
		}
		else if (n < states + Phrases.COMPETENCE_CENTRES.size()) {
			type = null;
			place = pickPlace(random);
		}
		else {
			type = pickCentreType(random);
			place = pickPlace(random);
		}
		if (type != null) {
			title = type.title().all(place.city(), null);
			summary = fictional(type.summary().all(place.city(), null));
			topics = type.topics();
			targetGroups = type.targetGroups();
			modes = deliveryModes(random);
		}
		else {
			int centre = (int) n - states;
			title = Phrases.COMPETENCE_CENTRES.get(centre).all(null, null);
			summary = fictional(Phrases.COMPETENCE_SUMMARY.all(null, null));
			topics = Phrases.COMPETENCE_TOPICS.get(centre);
			targetGroups = List.of(TargetGroup.ADVISERS, TargetGroup.EMPLOYERS, TargetGroup.SKILLED_MIGRANTS);
			federalStates = List.of(FederalState.values());
			modes = List.of(DeliveryMode.IN_PERSON, DeliveryMode.PHONE, DeliveryMode.VIDEO, DeliveryMode.WRITTEN);
		}
		String key = (type != null) ? type.key() : "kompetenzzentrum";
		String slug = key + "-" + slug(place.city()) + "-" + n;
		List<Site> offices = new ArrayList<>();
		offices.add(site(random, place, true));
		int branches = (random.nextInt(100) < 15) ? 1 + random.nextInt(2) : 0;
		for (int i = 0; i < branches; i++) {
			offices.add(site(random, nearbyPlace(random, place), true));
		}
		List<String> occupations = (type == Phrases.RECOGNITION) ? pickSome(random, REGULATED, 0, 3) : List.of();
		Instant updatedAt = updatedAt(random);
		return new AdviceCentreRecord("sample-ac-" + pad(n), slug, "de", title, summary, null, topics, targetGroups,
				federalStates, provider(random), contact(random, "beratung", slug), offices, modes,
				languagesSpoken(random), occupations, random.nextInt(100) < 95, true, updatedAt,
				LocalDate.ofInstant(updatedAt, ZoneOffset.UTC), null, closures(n));
	}

	TrainingOfferRecord trainingOffer(long n) {
		Random random = random(ContentKind.TRAINING_OFFERS, n);
		int roll = random.nextInt(100);
		OfferTemplate template = Phrases.OFFER_TEMPLATES.stream()
			.filter((candidate) -> roll < candidate.rollsBelow())
			.findFirst()
			.orElseThrow();
		OfferType offerType = template.type();
		List<String> occupations = switch (offerType) {
			case ADAPTATION_COURSE -> List.of(pick(random, REGULATED));
			case BRIDGE_COURSE -> List.of(pick(random, (random.nextBoolean()) ? REGULATED : BRIDGE_OCCUPATIONS));
			case EXAM_PREPARATION -> List.of(pick(random, KNOWLEDGE_TEST));
			case WORK_RELATED_GERMAN -> (random.nextInt(100) < 40) ? List.of(pick(random, REGULATED)) : List.of();
			default -> List.of();
		};
		CefrLevel entry = null;
		CefrLevel target = null;
		RecognitionGoal goal = null;
		switch (offerType) {
			case WORK_RELATED_GERMAN -> {
				entry = pick(random, new CefrLevel[] { CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2 });
				target = CefrLevel.values()[Math.min(CefrLevel.C1.ordinal(),
						entry.ordinal() + 1 + ((random.nextInt(10) == 0) ? 1 : 0))];
			}
			case ADAPTATION_COURSE -> {
				entry = CefrLevel.B1;
				target = CefrLevel.B2;
				goal = random.nextBoolean() ? RecognitionGoal.ADAPTATION_PERIOD
						: RecognitionGoal.PARTIAL_EQUIVALENCE_GAPS;
			}
			case EXAM_PREPARATION -> {
				entry = CefrLevel.B2;
				target = random.nextBoolean() ? CefrLevel.B2 : CefrLevel.C1;
				goal = random.nextBoolean() ? RecognitionGoal.KNOWLEDGE_TEST
						: RecognitionGoal.PROFESSIONAL_LANGUAGE_EXAM;
			}
			case BRIDGE_COURSE -> {
				entry = CefrLevel.B1;
				goal = RecognitionGoal.PARTIAL_EQUIVALENCE_GAPS;
			}
			default -> {
			}
		}
		String occupationText = occupations.isEmpty() ? "" : occupationName(occupations.get(0));
		if (offerType == OfferType.WORK_RELATED_GERMAN) {
			occupationText = entry + "–" + target + (occupationText.isEmpty() ? "" : " " + occupationText);
		}
		int formatRoll = random.nextInt(100);
		boolean remoteFriendly = offerType == OfferType.COACHING || offerType == OfferType.MENTORING;
		CourseFormat format = (formatRoll < (remoteFriendly ? 30 : 50)) ? CourseFormat.IN_PERSON
				: (formatRoll < 75) ? CourseFormat.BLENDED : CourseFormat.ONLINE;
		SamplePlace place = pickPlace(random);
		List<Site> venues = new ArrayList<>();
		if (!format.locationIndependent()) {
			venues.add(site(random, place, false));
			if (random.nextInt(100) < 20) {
				venues.add(site(random, nearbyPlace(random, place), false));
			}
		}
		String city = format.locationIndependent() ? "online" : place.city();
		Map<String, String> title = someLanguages(random, template.title().all(city, occupationText));
		Map<String, String> summary = fictional(someLanguages(random, template.summary().all(city, occupationText)));
		summary.keySet().retainAll(title.keySet());
		LocalDate start = null;
		LocalDate end = null;
		LocalDate deadline = null;
		Integer hours = null;
		boolean rolling = remoteFriendly && random.nextBoolean();
		if (!rolling) {
			int weeks = switch (offerType) {
				case ADAPTATION_COURSE -> 12 + random.nextInt(29);
				case BRIDGE_COURSE -> 8 + random.nextInt(17);
				case EXAM_PREPARATION -> 8 + random.nextInt(9);
				case WORK_RELATED_GERMAN -> 12 + random.nextInt(15);
				default -> 12 + random.nextInt(14);
			};
			start = BASE_DATE.minusDays(60).plusDays(random.nextInt(480));
			end = start.plusWeeks(weeks).minusDays(3);
			hours = weeks * (10 + random.nextInt(16));
			if (random.nextInt(100) < 60) {
				deadline = start.minusDays(7 + random.nextInt(22));
			}
		}
		List<Funding> funding = new ArrayList<>();
		BigDecimal cost = null;
		boolean free;
		if (offerType == OfferType.WORK_RELATED_GERMAN) {
			funding.add(Funding.BAMF_LANGUAGE_COURSE);
			free = true;
		}
		else if (random.nextInt(100) < 55) {
			funding.add(Funding.IQ_PROGRAMME);
			free = true;
		}
		else {
			free = false;
			cost = BigDecimal.valueOf(800 + 100L * random.nextInt(80));
			funding.add(Funding.EDUCATION_VOUCHER);
			if (random.nextBoolean()) {
				funding.add(Funding.RECOGNITION_GRANT);
			}
		}
		List<String> languages = (remoteFriendly && random.nextBoolean()) ? List.of("de", "en") : List.of("de");
		String slug = template.key() + "-" + slug(city) + "-" + n;
		Instant updatedAt = updatedAt(random);
		List<Topic> topics = (offerType == OfferType.WORK_RELATED_GERMAN) ? List.of(Topic.GERMAN_FOR_WORK)
				: (remoteFriendly) ? List.of(Topic.CAREER_ORIENTATION) : List.of(Topic.RECOGNITION, Topic.JOB_TRAINING);
		List<TargetGroup> groups = (offerType == OfferType.MENTORING)
				? List.of(TargetGroup.WOMEN, TargetGroup.ACADEMICS)
				: (random.nextInt(100) < 15) ? List.of(TargetGroup.SKILLED_MIGRANTS, TargetGroup.REFUGEES)
						: List.of(TargetGroup.SKILLED_MIGRANTS);
		List<FederalState> states = format.locationIndependent() ? List.of(place.state()) : List.of();
		return new TrainingOfferRecord("sample-to-" + pad(n), slug, "de", title, summary, null, topics, groups, states,
				provider(random), contact(random, "kurse", slug), offerType, occupations, goal, entry, target, format,
				venues, start, end, deadline, hours, cost, free, funding, languages, true, updatedAt,
				LocalDate.ofInstant(updatedAt, ZoneOffset.UTC), null);
	}

	CurriculumRecord curriculum(long n) {
		Random random = random(ContentKind.CURRICULA, n);
		List<CurriculumSubject> subjects = Phrases.CURRICULUM_SUBJECTS;
		CurriculumSubject subject = subjects.get((int) (n % subjects.size()));
		int level = (int) ((n / subjects.size()) % Phrases.CURRICULUM_LEVELS_DE.size());
		long edition = n / ((long) subjects.size() * Phrases.CURRICULUM_LEVELS_DE.size());
		String suffixDe = " – " + Phrases.CURRICULUM_LEVELS_DE.get(level)
				+ ((edition > 0) ? " (Fassung " + (edition + 1) + ")" : "");
		String suffixEn = " – " + Phrases.CURRICULUM_LEVELS_EN.get(level)
				+ ((edition > 0) ? " (version " + (edition + 1) + ")" : "");
		Map<String, String> title = new LinkedHashMap<>();
		title.put("de", subject.de() + suffixDe);
		title.put("en", subject.en() + suffixEn);
		Map<String, String> summary = new LinkedHashMap<>();
		summary.put("de", Phrases.FICTIONAL.de() + " " + subject.summaryDe());
		summary.put("en", Phrases.FICTIONAL.en() + " " + subject.summaryEn());
		List<TargetGroup> audience = new ArrayList<>(
				pickSome(random, CURRICULUM_AUDIENCES, 1, 3).stream().sorted().distinct().toList());
		CourseFormat format = pick(random, CourseFormat.values());
		String slug = slug(subject.de()) + "-" + n;
		List<Material> materials = new ArrayList<>();
		materials.add(new Material("Handbuch für Trainerinnen und Trainer",
				"https://example.org/curricula/" + slug + "/handbuch.pdf", MaterialFormat.PDF, "de"));
		if (random.nextBoolean()) {
			materials.add(new Material("Präsentation", "https://example.org/curricula/" + slug + "/folien.pptx",
					MaterialFormat.SLIDES, "de"));
		}
		if (random.nextInt(100) < 30) {
			materials.add(new Material("Trainer handbook (English)",
					"https://example.org/curricula/" + slug + "/handbook-en.pdf", MaterialFormat.PDF, "en"));
		}
		if (random.nextInt(100) < 20) {
			materials.add(new Material("Lernvideo", "https://example.org/curricula/" + slug + "/video",
					MaterialFormat.VIDEO, "de"));
		}
		List<String> languages = materials.stream().map(Material::language).distinct().sorted().toList();
		Licence licence = pick(random, new Licence[] { Licence.CC_BY_SA_4_0, Licence.CC_BY_SA_4_0, Licence.CC_BY_4_0,
				Licence.CC_BY_NC_SA_4_0, Licence.ALL_RIGHTS_RESERVED });
		List<FederalState> states = (random.nextInt(100) < 30) ? List.of(pick(random, FederalState.values()))
				: List.of();
		Instant updatedAt = updatedAt(random);
		return new CurriculumRecord("sample-cu-" + pad(n), slug, "de", title, summary, null, subject.topics(), audience,
				states, provider(random), contact(random, "curricula", slug), format, 4 + 4 * random.nextInt(10),
				languages, materials, licence, LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1), true,
				updatedAt, LocalDate.ofInstant(updatedAt, ZoneOffset.UTC), null);
	}

	StartUpResourceRecord startUpResource(long n) {
		Random random = random(ContentKind.START_UP_RESOURCES, n);
		List<ResourceSubject> subjects = Phrases.RESOURCE_SUBJECTS;
		ResourceSubject subject = subjects.get((int) (n % subjects.size()));
		String language = LANGUAGES[(int) ((n / subjects.size()) % LANGUAGES.length)];
		long edition = 2020 + (n / ((long) subjects.size() * LANGUAGES.length)) % 7;
		Map<String, String> title = new LinkedHashMap<>();
		Map<String, String> summary = new LinkedHashMap<>();
		// Its own language first, then German and English.
		for (String code : new java.util.LinkedHashSet<>(List.of(language, "de", "en"))) {
			title.put(code, subject.title().in(code) + " (" + edition + ")");
			summary.put(code, Phrases.FICTIONAL.in(code) + " " + subject.summary().in(code));
		}
		ResourceType type = (subject.title().de().startsWith("Checkliste")) ? ResourceType.CHECKLIST
				: pick(random, new ResourceType[] { ResourceType.GUIDE, ResourceType.HANDOUT, ResourceType.GUIDE,
						ResourceType.VIDEO, ResourceType.TOOL, ResourceType.TEMPLATE, ResourceType.LINK_COLLECTION });
		MaterialFormat format = switch (type) {
			case VIDEO -> MaterialFormat.VIDEO;
			case TOOL, LINK_COLLECTION -> MaterialFormat.WEB_PAGE;
			case TEMPLATE -> MaterialFormat.DOCUMENT;
			default -> MaterialFormat.PDF;
		};
		String slug = slug(subject.title().de()) + "-" + language + "-" + n;
		List<String> languages = language.equals("de") ? List.of("de") : List.of(language, "de");
		Licence licence = random.nextBoolean() ? Licence.CC_BY_4_0 : null;
		Instant updatedAt = updatedAt(random);
		return new StartUpResourceRecord("sample-sr-" + pad(n), slug, language, title, summary, null, subject.topics(),
				List.of(TargetGroup.FOUNDERS), List.of(), provider(random), null, type, languages,
				"https://example.org/gruendung/" + slug, format, licence,
				notAfterBase(LocalDate.of((int) edition, 1 + random.nextInt(12), 1 + random.nextInt(28))), true,
				updatedAt, LocalDate.ofInstant(updatedAt, ZoneOffset.UTC), null);
	}

	/** Publication dates must not lie in the future of the bundle's date. */
	private static LocalDate notAfterBase(LocalDate date) {
		return date.isAfter(BASE_DATE) ? date.minusYears(1) : date;
	}

	private static Random random(ContentKind kind, long n) {
		// java.util.Random's sequence is specified, so the same seed gives the same
		// record on every JVM.
		return new Random(0x5EED_1D12_EC70L ^ ((long) kind.ordinal() << 56) ^ (n * 0x9E3779B97F4A7C15L));
	}

	private CentreType pickCentreType(Random random) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			return Phrases.RECOGNITION;
		}
		if (roll < 60) {
			return Phrases.QUALIFICATION;
		}
		if (roll < 70) {
			return Phrases.REFUGEES;
		}
		if (roll < 80) {
			return Phrases.START_UP;
		}
		return Phrases.FAIR_INTEGRATION;
	}

	private SamplePlace pickPlace(Random random) {
		long total = this.cumulativePopulation[this.cumulativePopulation.length - 1];
		long target = (long) (random.nextDouble() * total);
		int index = Arrays.binarySearch(this.cumulativePopulation, target + 1);
		return this.places.get((index >= 0) ? index : -index - 1);
	}

	/** Another place in the same state, for a branch office or second venue. */
	private SamplePlace nearbyPlace(Random random, SamplePlace near) {
		for (int attempt = 0; attempt < 20; attempt++) {
			SamplePlace candidate = pickPlace(random);
			if (candidate.state() == near.state()) {
				return candidate;
			}
		}
		return near;
	}

	private Site site(Random random, SamplePlace place, boolean office) {
		// Within about a kilometre of the town centre: plausible, never a real address.
		GeoLocation point = new GeoLocation(round(place.point().lat() + (random.nextDouble() - 0.5) * 0.018),
				round(place.point().lon() + (random.nextDouble() - 0.5) * 0.028));
		Address address = new Address(pick(random, STREETS) + " " + (1 + random.nextInt(120)), place.postalCode(),
				place.city(), place.state());
		List<OpeningHours> hours = office ? openingHours(random) : List.of();
		List<Accessibility> accessibility = pickSome(random, Accessibility.values(), 0, 3).stream()
			.sorted()
			.distinct()
			.toList();
		return new Site(office ? pick(random, OFFICE_NAMES) : null, address, point, null, hours, accessibility);
	}

	/**
	 * Every fifth centre closes between Christmas and New Year; taken from the number,
	 * not the random sequence, so the other fields stay what they were.
	 */
	private static List<Closure> closures(long n) {
		if (n % 5 != 2) {
			return null;
		}
		return List.of(new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Weihnachten und Neujahr"));
	}

	private static List<OpeningHours> openingHours(Random random) {
		List<OpeningHours> hours = new ArrayList<>();
		LocalTime nine = LocalTime.of(9, 0);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
			hours.add(new OpeningHours(day, nine, LocalTime.of(12, 30)));
			if (day != DayOfWeek.WEDNESDAY || random.nextBoolean()) {
				hours.add(new OpeningHours(day, LocalTime.of(13, 30), LocalTime.of(15 + random.nextInt(4), 0)));
			}
		}
		hours.add(new OpeningHours(DayOfWeek.FRIDAY, nine, LocalTime.of(12, 0)));
		return hours;
	}

	private static List<DeliveryMode> deliveryModes(Random random) {
		List<DeliveryMode> modes = new ArrayList<>(List.of(DeliveryMode.IN_PERSON));
		for (DeliveryMode mode : List.of(DeliveryMode.PHONE, DeliveryMode.VIDEO, DeliveryMode.WRITTEN)) {
			if (random.nextInt(100) < 60) {
				modes.add(mode);
			}
		}
		return modes;
	}

	private static List<String> languagesSpoken(Random random) {
		List<String> spoken = new ArrayList<>(List.of("de"));
		spoken.addAll(pickSome(random, OTHER_SPOKEN, 1, 5).stream().distinct().sorted().toList());
		return spoken;
	}

	private static Contact contact(Random random, String area, String slug) {
		String phone = pick(random, FICTIONAL_PHONE_PREFIXES)
				+ String.format(Locale.ROOT, "%03d", random.nextInt(1000));
		return new Contact(phone, slug + "@example.org", "https://example.org/" + area + "/" + slug);
	}

	private static String provider(Random random) {
		return pick(random, PROVIDERS) + " (fiktiv)";
	}

	private static Instant updatedAt(Random random) {
		return BASE_DATE.atStartOfDay(ZoneOffset.UTC)
			.minusDays(random.nextInt(120))
			.plusMinutes(8 * 60 + random.nextInt(9 * 60))
			.toInstant();
	}

	/** German and English always; each other language in about half of the records. */
	private static Map<String, String> someLanguages(Random random, Map<String, String> all) {
		Map<String, String> some = new LinkedHashMap<>();
		all.forEach((language, text) -> {
			if (language.equals("de") || language.equals("en") || random.nextBoolean()) {
				some.put(language, text);
			}
		});
		return some;
	}

	private static Map<String, String> fictional(Map<String, String> summaries) {
		Map<String, String> marked = new LinkedHashMap<>();
		summaries.forEach((language, text) -> marked.put(language, Phrases.FICTIONAL.in(language) + " " + text));
		return marked;
	}

	private static String occupationName(String kldb) {
		return de.netzwerkiq.directory.indexer.content.Occupations.byCode(kldb)
			.map((occupation) -> occupation.germanName())
			.orElseThrow();
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static <T> List<T> pickSome(Random random, T[] values, int min, int max) {
		int count = min + random.nextInt(max - min + 1);
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			T value = pick(random, values);
			if (!picked.contains(value)) {
				picked.add(value);
			}
		}
		return picked;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 100_000d) / 100_000d;
	}

	private static String pad(long n) {
		return String.format(Locale.ROOT, "%07d", n);
	}

	/** "Frankfurt am Main" becomes "frankfurt-am-main", "Köln" "koeln". */
	static String slug(String text) {
		String german = text.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
	}

}
