package de.netzwerkiq.directory.api.concepts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerkiq.directory.indexer.content.Concept;
import de.netzwerkiq.directory.indexer.content.Concepts;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptThesaurusTests {

	private final ConceptThesaurus thesaurus = new ConceptThesaurus();

	@Test
	void everyNameOfEveryConceptIsFoundInItsOwnLanguage() {
		for (Concept concept : Concepts.all()) {
			for (ContentLanguage language : ContentLanguage.values()) {
				for (String name : concept.names().get(language)) {
					ConceptText read = this.thesaurus.read(name);
					assertThat(read.codes()).as("%s (%s)", name, language).contains(concept.code());
					assertThat(read.remainder()).as("%s (%s)", name, language).isEmpty();
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Existenzgründung", "existenzgruendung", "Gründung", "Firma gründen",
			"sich selbständig machen", "Selbstständigkeit", "Startup", "start a business", "Self-employment",
			"iş kurmak", "İŞ KURMAK", "şirket kurmak", "girişimcilik", "تأسيس شركة", "بدء مشروع", "راه‌اندازی کسب‌وکار",
			"открыть свой бизнес", "відкрити бізнес", "création d'entreprise", "Creation d entreprise" })
	void waysOfSayingStartABusinessNameTheStartUpTopic(String text) {
		assertThat(this.thesaurus.read(text).topics()).containsExactly(Topic.BUSINESS_START_UP);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Arbeitsrecht", "Mindestlohn", "Mindestlöhne", "Lohn nicht bezahlt", "Ausbeutung",
			"unpaid wages", "labour rights", "minimum wage", "حقوق العمال", "الحد الادنى للأجور", "حداقل دستمزد",
			"asgari ücret", "maaşımı alamadım", "минимальная зарплата", "не платять зарплату", "salaire impayé" })
	void labourRightsAndUnpaidWagesNameFairIntegration(String text) {
		assertThat(this.thesaurus.read(text).topics()).containsExactly(Topic.FAIR_INTEGRATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Deutschkurs", "Deutschkurse", "Sprachkurs", "Berufssprachkurs", "Berufssprachkurse",
			"Deutsch für den Beruf", "German course", "курс немецкого", "курсы немецкого языка", "Almanca kursu",
			"دورة اللغة الألمانية", "کلاس زبان آلمانی", "cours d'allemand", "курс німецької мови" })
	void germanCoursesNameWorkRelatedGermanAsOfferTypeAndTopic(String text) {
		ConceptText read = this.thesaurus.read(text);
		assertThat(read.offerTypes()).containsExactly(OfferType.WORK_RELATED_GERMAN);
		assertThat(read.topics()).containsExactly(Topic.GERMAN_FOR_WORK);
		assertThat(read.kinds()).isEmpty();
	}

	@Test
	void theExamplesOfTheOtherCodeListsNameTheirConcepts() {
		assertThat(this.thesaurus.read("Brückenkurs").offerTypes()).containsExactly(OfferType.BRIDGE_COURSE);
		assertThat(this.thesaurus.read("Brückenkurse").offerTypes()).containsExactly(OfferType.BRIDGE_COURSE);
		assertThat(this.thesaurus.read("bridging course").offerTypes()).containsExactly(OfferType.BRIDGE_COURSE);
		assertThat(this.thesaurus.read("Beratungsstelle").kinds()).containsExactly(ContentKind.ADVICE_CENTRES);
		assertThat(this.thesaurus.read("Beratungsstellen").kinds()).containsExactly(ContentKind.ADVICE_CENTRES);
		assertThat(this.thesaurus.read("Anerkennung").topics()).containsExactly(Topic.RECOGNITION);
		assertThat(this.thesaurus.read("Kenntnisprüfung").offerTypes()).containsExactly(OfferType.EXAM_PREPARATION);
		assertThat(this.thesaurus.read("Checkliste").resourceTypes()).containsExactly(ResourceType.CHECKLIST);
		assertThat(this.thesaurus.read("Schulungskonzept").kinds()).containsExactly(ContentKind.CURRICULA);
		assertThat(this.thesaurus.read("Leitfaden für Gründer").kinds())
			.containsExactly(ContentKind.START_UP_RESOURCES);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Kenntnisprüfung; KNOWLEDGE_TEST", "Kenntnisprüfungen; KNOWLEDGE_TEST",
			"Kentnisprüfung; KNOWLEDGE_TEST", "knowledge test; KNOWLEDGE_TEST", "bilgi sınavı; KNOWLEDGE_TEST",
			"экзамен на знание; KNOWLEDGE_TEST", "Eignungsprüfung; APTITUDE_TEST", "épreuve d'aptitude; APTITUDE_TEST",
			"Fachsprachprüfung; PROFESSIONAL_LANGUAGE_EXAM", "امتحان اللغة التخصصية; PROFESSIONAL_LANGUAGE_EXAM" })
	void theRecognitionExamsNameTheirGoalAndExamPreparation(String text, RecognitionGoal goal) {
		ConceptText read = this.thesaurus.read(text);
		assertThat(read.recognitionGoals()).containsExactly(goal);
		assertThat(read.offerTypes()).containsExactly(OfferType.EXAM_PREPARATION);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "teilweise Gleichwertigkeit; PARTIAL_EQUIVALENCE_GAPS",
			"Defizitbescheid; PARTIAL_EQUIVALENCE_GAPS", "Teilanerkennung; PARTIAL_EQUIVALENCE_GAPS",
			"partial equivalence; PARTIAL_EQUIVALENCE_GAPS", "المعادلة الجزئية; PARTIAL_EQUIVALENCE_GAPS",
			"kısmi denklik; PARTIAL_EQUIVALENCE_GAPS", "Externenprüfung; EXTERNAL_EXAM",
			"Externenprüfungen; EXTERNAL_EXAM", "экзамен экстерном; EXTERNAL_EXAM", "candidat libre; EXTERNAL_EXAM",
			"Anpassungslehrgang; ADAPTATION_PERIOD", "адаптационный период; ADAPTATION_PERIOD" })
	void waysOfNamingARecognitionStepNameItsGoal(String text, RecognitionGoal goal) {
		ConceptText read = this.thesaurus.read(text);
		assertThat(read.recognitionGoals()).containsExactly(goal);
		assertThat(read.remainder()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Beratung für Frauen; ContentKind.ADVICE_CENTRES TargetGroup.WOMEN; ''",
			"kadınlar için; TargetGroup.WOMEN; ''", "Frauenberatung; TargetGroup.WOMEN ContentKind.ADVICE_CENTRES; ''",
			"Migrantinnen; TargetGroup.WOMEN; ''", "Migrantinnen und Migranten; TargetGroup.SKILLED_MIGRANTS; ''",
			"для беженцев; TargetGroup.REFUGEES; ''", "للاجئين; TargetGroup.REFUGEES; ''",
			"Geflüchtete Köln; TargetGroup.REFUGEES; Köln", "پناهندگان; TargetGroup.REFUGEES; ''",
			"Schulung für Jobcenter-Mitarbeitende; ContentKind.TRAINING_OFFERS TargetGroup.JOB_CENTRE_STAFF; für",
			"intercultural training for job centre staff; Topic.INTERCULTURAL_COMPETENCE TargetGroup.JOB_CENTRE_STAFF; for",
			"staff training job centre; ContentKind.CURRICULA; job centre",
			"Material für Lehrkräfte; TargetGroup.TEACHERS; Material für",
			"Saisonarbeit; TargetGroup.SEASONAL_WORKERS; ''", "EU-Bürger; TargetGroup.EU_WORKERS; ''",
			"Arbeitgeber; TargetGroup.EMPLOYERS; ''", "Akademikerinnen; TargetGroup.ACADEMICS; ''",
			"Gründerin; Topic.BUSINESS_START_UP TargetGroup.FOUNDERS; ''" })
	void whomARecordIsForIsNamedByThePeople(String text, String concepts, String remainder) {
		ConceptText read = this.thesaurus.read(text);
		assertThat(read.matches()).extracting((match) -> match.concept().toString())
			.containsExactly(concepts.split(" "));
		assertThat(read.remainder()).isEqualTo(remainder);
	}

	/** The employer a worker complains about is no audience, and no word to require. */
	@ParameterizedTest
	@ValueSource(
			strings = { "my employer hasn't paid me", "employer took my passport", "Arbeitgeber Lohn nicht bezahlt" })
	void theEmployerOfAComplaintIsNoTargetGroup(String text) {
		ConceptText read = this.thesaurus.read(text);
		assertThat(read.topics()).as(text).contains(Topic.FAIR_INTEGRATION);
		assertThat(read.targetGroups()).as(text).isEmpty();
		assertThat(read.remainder()).as(text).doesNotContainIgnoringCase("employer").doesNotContain("Arbeitgeber");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jobcenter", "Arbeitsagentur", "Agentur für Arbeit", "Berater", "adviser", "مشاور",
			"danışman", "консультант", "Lehrer", "teacher", "Unternehmen", "ausbilden", "trainee", "Kauffrau",
			"Pflegefachfrau" })
	void institutionsAdvisersAndOccupationsNameNoTargetGroup(String text) {
		assertThat(this.thesaurus.read(text).targetGroups()).as(text).isEmpty();
	}

	@Test
	void kursAloneNamesTheKindOfRecordNotAnOfferType() {
		ConceptText read = this.thesaurus.read("Kurs");
		assertThat(read.kinds()).containsExactly(ContentKind.TRAINING_OFFERS);
		assertThat(read.offerTypes()).isEmpty();
		assertThat(read.topics()).isEmpty();
	}

	@Test
	void theMatchSaysWhatWasTypedAndInWhichLanguage() {
		ConceptText read = this.thesaurus.read("курс немецкого в Берлине");
		assertThat(read.matches()).extracting(ConceptMatch::matchedText).containsOnly("курс немецкого");
		assertThat(read.matches()).extracting(ConceptMatch::language).containsOnly("ru");
		assertThat(read.remainder()).isEqualTo("в Берлине");
		ConceptMatch persian = this.thesaurus.read("کارآفرینی").matches().get(0);
		assertThat(persian.language()).isEqualTo("fa");
		assertThat(persian.concept().code()).isEqualTo(Topic.BUSINESS_START_UP);
	}

	@Test
	void aNameTwoConceptsShareNamesBoth() {
		assertThat(this.thesaurus.read("Aufenthaltserlaubnis").topics()).containsExactly(Topic.ASYLUM_AND_RESIDENCE,
				Topic.RESIDENCE_PERMIT);
	}

	@Test
	void theLongestNameWinsAndSeveralConceptsAreFoundInOrder() {
		ConceptText read = this.thesaurus.read("Businessplan Vorlage und Leitfaden für Gründer in Köln");
		assertThat(read.codes()).containsExactly(Topic.BUSINESS_PLAN, ResourceType.TEMPLATE,
				ContentKind.START_UP_RESOURCES);
		assertThat(read.remainder()).isEqualTo("und in Köln");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "Existenzgründungsberatung; Topic.BUSINESS_START_UP ContentKind.ADVICE_CENTRES",
					"Gründungsberatung; Topic.BUSINESS_START_UP ContentKind.ADVICE_CENTRES",
					"gründungsberatung; Topic.BUSINESS_START_UP ContentKind.ADVICE_CENTRES",
					"Gruendungsberatung; Topic.BUSINESS_START_UP ContentKind.ADVICE_CENTRES",
					"Anerkennungsberatungsstelle; Topic.RECOGNITION ContentKind.ADVICE_CENTRES",
					"Mindestlohnberatung; Topic.FAIR_INTEGRATION ContentKind.ADVICE_CENTRES",
					"Arbeitsrechtsberatung; Topic.FAIR_INTEGRATION ContentKind.ADVICE_CENTRES",
					"Steuerberatung; Topic.TAXES ContentKind.ADVICE_CENTRES",
					"Gründungskredit; Topic.BUSINESS_START_UP Topic.FINANCING",
					"Businessplanvorlage; Topic.BUSINESS_PLAN ResourceType.TEMPLATE",
					"Antidiskriminierungsberatung; Topic.ANTI_DISCRIMINATION ContentKind.ADVICE_CENTRES" })
	void germanCompoundsNameTheConceptsOfTheirParts(String word, String concepts) {
		ConceptText read = this.thesaurus.read(word + " Hamburg");
		assertThat(read.matches()).extracting((match) -> match.concept().toString())
			.containsExactly(concepts.split(" "));
		assertThat(read.matches()).extracting(ConceptMatch::matchedText).containsOnly(word);
		assertThat(read.matches()).extracting(ConceptMatch::language).containsOnly("de");
		assertThat(read.remainder()).isEqualTo("Hamburg");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "Sprachkursangebote; OfferType.WORK_RELATED_GERMAN", "Gründerzentrum; Topic.BUSINESS_START_UP",
					"Abendkurs; ContentKind.TRAINING_OFFERS", "Existenzgründungsmesse; Topic.BUSINESS_START_UP" })
	void aCompoundWithPartsThatNameNothingNamesWhatItCanButStaysInTheRemainder(String word, String concept) {
		ConceptText read = this.thesaurus.read(word + " Berlin");
		assertThat(read.matches()).extracting((match) -> match.concept().toString()).contains(concept);
		assertThat(read.remainder()).isEqualTo(word + " Berlin");
	}

	@Test
	void aShortFirstPartOfACompoundNamesNothing() {
		assertThat(this.thesaurus.read("Kursdorf").matches()).isEmpty();
		assertThat(this.thesaurus.read("Lohnsteuer").codes()).containsExactly(Topic.TAXES);
	}

	@ParameterizedTest
	@CsvSource({ "online, ONLINE", "курсы онлайн, ONLINE", "اونلاين, ONLINE", "آنلاین, ONLINE", "çevrimiçi, ONLINE",
			"en ligne, ONLINE", "Onlinekurs, ONLINE", "in Präsenz, IN_PERSON", "yüz yüze, IN_PERSON", "очно, IN_PERSON",
			"hybrid, BLENDED", "Selbststudium, SELF_STUDY" })
	void waysOfSayingHowACourseIsTaughtNameItsFormat(String text, CourseFormat format) {
		assertThat(this.thesaurus.read(text).codes()).contains(format);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Lohr am Main", "Lohne", "Lohmar", "Lohnsfeld", "Gründau", "Kursdorf", "Kassel", "Konkurs",
			"Diskurs", "Kursk", "Курск", "Hilfe", "help", "Information", "Krankenpfleger", "nurse", "Wohnung", "Kita",
			"Stuttgart", "Onlineshop", "am Main", "iş", "is", "ist", "Anmeldung", "Termin", "Lehrer", "Integration",
			"Mainz Wiesbaden" })
	void ordinaryWordsAndPlaceNamesNameNoConcept(String text) {
		ConceptText read = this.thesaurus.read(text);
		assertThat(read.matches()).as(text).isEmpty();
		assertThat(read.remainder()).isEqualTo(text);
	}

	@Test
	void noTextNoMatches() {
		assertThat(this.thesaurus.read(null)).isEqualTo(ConceptText.NONE);
		assertThat(this.thesaurus.read("  ")).isEqualTo(ConceptText.NONE);
		assertThat(this.thesaurus.read("!!! ???").matches()).isEmpty();
		assertThat(this.thesaurus.read("!!! ???").codes()).isEqualTo(List.of());
	}

}
