package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concept thesaurus ({@code code-lists/concepts.tsv}): the names in every content
 * language of the topics, offer types, resource types, content kinds, recognition goals,
 * target groups, course formats, fundings and languages records are coded with, so that
 * "Existenzgründung", "iş kurmak" and "تأسيس شركة" all name
 * {@link Topic#BUSINESS_START_UP}, "Kenntnisprüfung" names
 * {@link RecognitionGoal#KNOWLEDGE_TEST}, "للاجئين" names {@link TargetGroup#REFUGEES},
 * "онлайн" names {@link CourseFormat#ONLINE} and "Bildungsgutschein" names
 * {@link Funding#EDUCATION_VOUCHER}, and "auf Arabisch" names {@link SpokenLanguage#AR}.
 * The codes are the enums' constants; this file only names them.
 */
public final class Concepts {

	/** The code lists the thesaurus names, by the name the file gives them. */
	static final List<Class<? extends Enum<?>>> CODE_LISTS = List.of(Topic.class, OfferType.class, ResourceType.class,
			ContentKind.class, RecognitionGoal.class, TargetGroup.class, CourseFormat.class, Funding.class,
			SpokenLanguage.class);

	private static final String RESOURCE = "code-lists/concepts.tsv";

	private static final Map<Enum<?>, Concept> BY_CODE = load();

	private static final String HIERARCHY = "code-lists/concept-hierarchy.tsv";

	/** Narrower code to broader code, from {@code concept-hierarchy.tsv}. */
	private static final Map<Enum<?>, Enum<?>> BROADER = loadHierarchy();

	private Concepts() {
	}

	/** The concept of a code; every constant of the seven code lists has one. */
	public static Optional<Concept> of(Enum<?> code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	/**
	 * Every concept, in the file's order: topics, offer types, resource types, kinds,
	 * recognition goals, target groups.
	 */
	public static Collection<Concept> all() {
		return BY_CODE.values();
	}

	/**
	 * The concepts that are a narrower part of this one ({@code concept-hierarchy.tsv}):
	 * the tax guides for {@link Topic#BUSINESS_START_UP}, the recognition goals for
	 * {@link Topic#RECOGNITION}; empty for most.
	 */
	public static List<Enum<?>> narrower(Enum<?> code) {
		return BROADER.entrySet()
			.stream()
			.filter((pair) -> pair.getValue() == code)
			.<Enum<?>>map(Map.Entry::getKey)
			.toList();
	}

	private static Map<Enum<?>, Enum<?>> loadHierarchy() {
		Map<Enum<?>, Enum<?>[]> pairs = CodeListFile.read(HIERARCHY, Concepts::parsePair, (pair) -> pair[0]);
		Map<Enum<?>, Enum<?>> broader = new LinkedHashMap<>();
		pairs.forEach((narrower, pair) -> broader.put(narrower, pair[1]));
		broader.forEach((narrower, parent) -> {
			if (broader.containsKey(parent) || narrower == parent) {
				throw new IllegalStateException(HIERARCHY + ": " + parent + " is broader than " + narrower
						+ " and must not be narrower itself (one level)");
			}
		});
		return Map.copyOf(broader);
	}

	private static Enum<?>[] parsePair(String line, int number) {
		String[] columns = line.split("\t", -1);
		if (columns.length != 4) {
			throw new IllegalStateException(HIERARCHY + " line " + number
					+ " is not: narrower list, narrower code, broader list, broader code");
		}
		return new Enum<?>[] { code(HIERARCHY, columns[0], columns[1], number),
				code(HIERARCHY, columns[2], columns[3], number) };
	}

	private static Map<Enum<?>, Concept> load() {
		return CodeListFile.read(RESOURCE, Concepts::parse, Concept::code);
	}

	static Concept parse(String line, int number) {
		ContentLanguage[] languages = ContentLanguage.values();
		String[] columns = line.split("\t", -1);
		if (columns.length != 2 + languages.length) {
			throw new IllegalStateException(RESOURCE + " line " + number + " is not: code list, code, then names in "
					+ Arrays.toString(languages));
		}
		Enum<?> code = code(RESOURCE, columns[0], columns[1], number);
		Map<ContentLanguage, List<String>> names = new EnumMap<>(ContentLanguage.class);
		for (int i = 0; i < languages.length; i++) {
			List<String> cell = Arrays.stream(columns[2 + i].split("\\|")).map(String::strip).toList();
			if (cell.stream().anyMatch(String::isEmpty)) {
				throw new IllegalStateException(
						RESOURCE + " line " + number + " has an empty " + languages[i].code() + " name");
			}
			if (cell.stream().distinct().count() < cell.size()) {
				throw new IllegalStateException(
						RESOURCE + " line " + number + " lists a " + languages[i].code() + " name twice");
			}
			names.put(languages[i], cell);
		}
		return new Concept(code, names);
	}

	private static Enum<?> code(String resource, String list, String code, int number) {
		Class<? extends Enum<?>> codeList = CODE_LISTS.stream()
			.filter((type) -> type.getSimpleName().equals(list))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(resource + " line " + number + " names no code list: '" + list
					+ "'; expected one of " + CODE_LISTS.stream().map(Class::getSimpleName).toList()));
		return Arrays.stream(codeList.getEnumConstants())
			.filter((constant) -> constant.name().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					resource + " line " + number + ": " + list + " has no code '" + code + "'"));
	}

}
