package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.text.NameMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConceptsTests {

	/**
	 * The pairs of concepts that may share names, as the file's header documents: one
	 * thing seen from two code lists, or two topics about the same documents.
	 */
	private static final Set<String> INTENDED_SHARES = Set.of("OfferType.WORK_RELATED_GERMAN + Topic.GERMAN_FOR_WORK",
			"Topic.ASYLUM_AND_RESIDENCE + Topic.RESIDENCE_PERMIT",
			"OfferType.ADAPTATION_COURSE + RecognitionGoal.ADAPTATION_PERIOD",
			"OfferType.EXAM_PREPARATION + RecognitionGoal.KNOWLEDGE_TEST",
			"OfferType.EXAM_PREPARATION + RecognitionGoal.APTITUDE_TEST",
			"OfferType.EXAM_PREPARATION + RecognitionGoal.PROFESSIONAL_LANGUAGE_EXAM",
			"TargetGroup.FOUNDERS + Topic.BUSINESS_START_UP");

	private static final String EIGHT_NAMES = "a\tb\tc\td\te\tf\tg\th";

	@Test
	void theEightCodeListsAreTheThesaurusLists() {
		assertThat(Concepts.CODE_LISTS).containsExactly(Topic.class, OfferType.class, ResourceType.class,
				ContentKind.class, RecognitionGoal.class, TargetGroup.class, CourseFormat.class, Funding.class,
				SpokenLanguage.class);
	}

	@Test
	void everyConstantOfTheEightCodeListsHasNamesInEveryLanguageAndAtLeastTwoInGermanAndEnglish() {
		int constants = 0;
		for (Class<? extends Enum<?>> codeList : Concepts.CODE_LISTS) {
			for (Enum<?> code : codeList.getEnumConstants()) {
				constants++;
				Concept concept = Concepts.of(code).orElseThrow(() -> new AssertionError(code + " has no concept"));
				for (ContentLanguage language : ContentLanguage.values()) {
					assertThat(concept.names().get(language)).as("%s in %s", concept, language).isNotEmpty();
				}
				assertThat(concept.names().get(ContentLanguage.DE)).as("%s in German", concept).hasSizeGreaterThan(1);
				assertThat(concept.names().get(ContentLanguage.EN)).as("%s in English", concept).hasSizeGreaterThan(1);
			}
		}
		assertThat(Concepts.all()).hasSize(constants);
		assertThat(Concepts.of(Topic.BUSINESS_START_UP).orElseThrow().codeList()).isEqualTo(Topic.class);
		assertThat(Concepts.of(ContentKind.CURRICULA).orElseThrow()).hasToString("ContentKind.CURRICULA");
		assertThat(Concepts.of(RecognitionGoal.KNOWLEDGE_TEST).orElseThrow().codeList())
			.isEqualTo(RecognitionGoal.class);
		assertThat(Concepts.of(TargetGroup.JOB_CENTRE_STAFF).orElseThrow()).hasToString("TargetGroup.JOB_CENTRE_STAFF");
	}

	@Test
	void theRecognitionGoalsAndTargetGroupsHaveTheWordsPeopleType() {
		assertThat(Concepts.of(RecognitionGoal.KNOWLEDGE_TEST).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Kenntnisprüfung");
		assertThat(Concepts.of(RecognitionGoal.PARTIAL_EQUIVALENCE_GAPS).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Teilweise Gleichwertigkeit", "Defizitbescheid");
		assertThat(Concepts.of(RecognitionGoal.EXTERNAL_EXAM).orElseThrow().name(ContentLanguage.DE))
			.isEqualTo("Externenprüfung");
		assertThat(Concepts.of(TargetGroup.WOMEN).orElseThrow().names().get(ContentLanguage.DE)).contains("Frauen");
		assertThat(Concepts.of(TargetGroup.WOMEN).orElseThrow().names().get(ContentLanguage.TR))
			.contains("kadınlar için");
		assertThat(Concepts.of(TargetGroup.REFUGEES).orElseThrow().names().get(ContentLanguage.AR)).contains("للاجئين");
		assertThat(Concepts.of(TargetGroup.REFUGEES).orElseThrow().names().get(ContentLanguage.RU))
			.contains("для беженцев");
		assertThat(Concepts.of(TargetGroup.JOB_CENTRE_STAFF).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Jobcenter-Mitarbeitende")
			.doesNotContain("Jobcenter");
	}

	@Test
	void thePairsThatShareNamesShareTheirCommonTerm() {
		assertThat(Concepts.of(OfferType.EXAM_PREPARATION).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Kenntnisprüfung", "Eignungsprüfung", "Fachsprachprüfung");
		assertThat(Concepts.of(RecognitionGoal.APTITUDE_TEST).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Eignungsprüfung");
		assertThat(
				Concepts.of(RecognitionGoal.PROFESSIONAL_LANGUAGE_EXAM).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Fachsprachprüfung");
		assertThat(Concepts.of(RecognitionGoal.ADAPTATION_PERIOD).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Anpassungslehrgang");
		assertThat(Concepts.of(OfferType.ADAPTATION_COURSE).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Anpassungslehrgang");
		assertThat(Concepts.of(TargetGroup.FOUNDERS).orElseThrow().names().get(ContentLanguage.DE)).contains("Gründer");
		assertThat(Concepts.of(Topic.BUSINESS_START_UP).orElseThrow().names().get(ContentLanguage.DE))
			.contains("Gründer");
	}

	@Test
	void theStartUpTopicHasTheWordsPeopleType() {
		Concept startUp = Concepts.of(Topic.BUSINESS_START_UP).orElseThrow();
		assertThat(startUp.name(ContentLanguage.DE)).isEqualTo("Existenzgründung");
		assertThat(startUp.names().get(ContentLanguage.DE)).contains("Gründung", "selbstständig machen",
				"selbständig machen", "Startup");
		assertThat(startUp.names().get(ContentLanguage.TR)).contains("İş kurmak", "şirket kurmak");
		assertThat(startUp.names().get(ContentLanguage.AR)).contains("تأسيس شركة");
	}

	@Test
	void aNameNamesOneConceptUnlessThePairIsIntended() {
		Map<String, Set<String>> conceptsByName = new HashMap<>();
		for (Concept concept : Concepts.all()) {
			concept.names()
				.values()
				.stream()
				.flatMap(List::stream)
				.forEach((name) -> conceptsByName.computeIfAbsent(NameMatcher.key(name), (k) -> new TreeSet<>())
					.add(concept.toString()));
		}
		Set<String> shared = conceptsByName.values()
			.stream()
			.filter((concepts) -> concepts.size() > 1)
			.map((concepts) -> String.join(" + ", concepts))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(shared).as(sharedNames(conceptsByName)).isEqualTo(new TreeSet<>(INTENDED_SHARES));
	}

	private static String sharedNames(Map<String, Set<String>> conceptsByName) {
		return conceptsByName.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1
					&& !INTENDED_SHARES.contains(String.join(" + ", entry.getValue())))
			.map((entry) -> entry.getKey() + " -> " + entry.getValue())
			.collect(Collectors.joining("; ", "names shared unintentionally: ", ""));
	}

	@Test
	void noConceptNameIsAnOccupationName() {
		Set<String> occupationNames = Occupations.all()
			.stream()
			.flatMap((occupation) -> occupation.names().values().stream())
			.flatMap(Collection::stream)
			.map(NameMatcher::key)
			.collect(Collectors.toSet());
		Set<String> clashes = new LinkedHashSet<>();
		for (Concept concept : Concepts.all()) {
			concept.names()
				.values()
				.stream()
				.flatMap(List::stream)
				.filter((name) -> occupationNames.contains(NameMatcher.key(name)))
				.forEach((name) -> clashes.add(concept + ": " + name));
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void persianIsWrittenWithPersianLettersAndArabicWithArabicOnes() {
		for (Concept concept : Concepts.all()) {
			assertThat(String.join(" ", concept.names().get(ContentLanguage.FA))).as("%s in Persian", concept)
				.doesNotContain("ي", "ك");
			assertThat(String.join(" ", concept.names().get(ContentLanguage.AR))).as("%s in Arabic", concept)
				.doesNotContain("ی", "ک");
		}
	}

	@Test
	void malformedLinesAreRejectedWithTheirLineNumber() {
		assertThatIllegalStateException().isThrownBy(() -> Concepts.parse("Topic\tRECOGNITION\ta\tb", 7))
			.withMessageContaining("line 7");
		assertThatIllegalStateException().isThrownBy(() -> Concepts.parse("Theme\tRECOGNITION\t" + EIGHT_NAMES, 8))
			.withMessageContaining("names no code list");
		assertThatIllegalStateException().isThrownBy(() -> Concepts.parse("Topic\tHOUSING\t" + EIGHT_NAMES, 9))
			.withMessageContaining("Topic has no code 'HOUSING'");
		assertThatIllegalStateException()
			.isThrownBy(() -> Concepts.parse("Topic\tRECOGNITION\ta | \tb\tc\td\te\tf\tg\th", 10))
			.withMessageContaining("empty de name");
		assertThatIllegalStateException()
			.isThrownBy(() -> Concepts.parse("Topic\tRECOGNITION\ta\tb | x | b\tc\td\te\tf\tg\th", 11))
			.withMessageContaining("en name twice");
		assertThat(Concepts.parse("OfferType\tMENTORING\t" + EIGHT_NAMES, 12).code()).isEqualTo(OfferType.MENTORING);
		assertThat(Concepts.parse("TargetGroup\tWOMEN\t" + EIGHT_NAMES, 13).code()).isEqualTo(TargetGroup.WOMEN);
		assertThat(Concepts.parse("RecognitionGoal\tEXTERNAL_EXAM\t" + EIGHT_NAMES, 14).code())
			.isEqualTo(RecognitionGoal.EXTERNAL_EXAM);
		assertThatIllegalStateException().isThrownBy(() -> Concepts.parse("TargetGroup\tPUPILS\t" + EIGHT_NAMES, 15))
			.withMessageContaining("TargetGroup has no code 'PUPILS'");
		assertThat(Arrays.stream(ContentKind.values()).map(Concepts::of)).allMatch(java.util.Optional::isPresent);
	}

	@Test
	void theStartUpTopicsAndTheRecognitionStepsAreNarrowerThanTheirWholeOneLevelDeep() {
		assertThat(Concepts.narrower(Topic.BUSINESS_START_UP)).contains(Topic.TAXES, Topic.FINANCING,
				ContentKind.START_UP_RESOURCES);
		assertThat(Concepts.narrower(Topic.RECOGNITION)).contains(RecognitionGoal.KNOWLEDGE_TEST,
				OfferType.BRIDGE_COURSE);
		for (Concept concept : Concepts.all()) {
			for (Enum<?> narrower : Concepts.narrower(concept.code())) {
				assertThat(Concepts.narrower(narrower)).as("%s under %s", narrower, concept).isEmpty();
			}
		}
		assertThat(Concepts.narrower(Topic.FAIR_INTEGRATION)).isEmpty();
	}

}
