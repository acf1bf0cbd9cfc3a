package de.netzwerkiq.directory.indexer.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.load.ContentPipeline;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.NdjsonReader;
import de.netzwerkiq.directory.indexer.source.Rejection;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.source.TrainingOfferRecord;
import de.netzwerkiq.directory.indexer.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class SampleContentTests {

	private static final SampleContentGenerator GENERATOR = SampleContentGenerator.fromGazetteer();

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void theBundledFileIsExactlyWhatTheGeneratorWrites(ContentKind kind) throws IOException {
		ByteArrayOutputStream generated = new ByteArrayOutputStream();
		GENERATOR.write(kind, SampleContentGenerator.BUNDLED.get(kind), generated);
		byte[] bundled = ContentSource.sample(kind).open().readAllBytes();
		assertThat(new String(bundled, java.nio.charset.StandardCharsets.UTF_8))
			.as("regenerate with: java -jar indexer/target/iq-directory-indexer-*-cli.jar sample-content --bundled indexer/src/main/resources/sample-content")
			.isEqualTo(generated.toString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void everyBundledRecordReadsAndValidatesCleanlyWithUniqueIdsAndSlugs(ContentKind kind) throws IOException {
		List<SourceRecord> records = read(kind);
		assertThat(records).hasSize(SampleContentGenerator.BUNDLED.get(kind));
		assertThat(records).extracting(SourceRecord::id).doesNotHaveDuplicates();
		assertThat(records).extracting(SourceRecord::slug).doesNotHaveDuplicates();
		assertThat(records).allMatch(SourceRecord::sampleData, "marked as sample data");
		assertThat(records).allSatisfy((record) -> {
			if (record.contact() != null) {
				assertThat(record.contact().email()).endsWith("@example.org");
				assertThat(record.contact().website()).startsWith("https://example.org/");
				assertThat(record.contact().phone())
					.matches("\\+49 (30 23125|69 90009|40 66969|221 4710|89 99998) \\d{3}");
			}
			assertThat(record.provider()).endsWith("(fiktiv)");
		});
	}

	@Test
	void adviceCentresLookLikeTheNetworkInEveryState() throws IOException {
		List<AdviceCentreRecord> centres = read(ContentKind.ADVICE_CENTRES).stream()
			.map(AdviceCentreRecord.class::cast)
			.toList();
		assertThat(centres).hasSizeGreaterThanOrEqualTo(500);
		Set<FederalState> officeStates = centres.stream()
			.flatMap((centre) -> centre.offices().stream())
			.map((office) -> office.address().federalState())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(FederalState.class)));
		assertThat(officeStates).containsExactlyInAnyOrder(FederalState.values());
		Set<FederalState> fairIntegration = centres.stream()
			.filter((centre) -> centre.topics().contains(Topic.FAIR_INTEGRATION))
			.map((centre) -> centre.offices().get(0).address().federalState())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(FederalState.class)));
		assertThat(fairIntegration).as("Fair Integration in every state")
			.containsExactlyInAnyOrder(FederalState.values());
		assertThat(centres.stream().filter((centre) -> centre.title().get("de").startsWith("IQ Kompetenzzentrum")))
			.hasSize(5);
		assertThat(centres.stream().filter((centre) -> centre.targetGroups().contains(TargetGroup.REFUGEES)))
			.as("projects for refugees")
			.hasSizeGreaterThanOrEqualTo(40);
		// Real places: every office's postal code is in the gazetteer's state of that
		// office.
		assertThat(centres.stream().flatMap((centre) -> centre.offices().stream()))
			.allSatisfy((office) -> assertThat(SamplePlaces.stateOfPostalCode(office.address().postalCode()))
				.contains(office.address().federalState()));
	}

	@Test
	void trainingOffersCoverTheRegulatedProfessionsAndWorkRelatedGerman() throws IOException {
		List<TrainingOfferRecord> offers = read(ContentKind.TRAINING_OFFERS).stream()
			.map(TrainingOfferRecord.class::cast)
			.toList();
		assertThat(offers).hasSizeGreaterThanOrEqualTo(300);
		assertThat(offers).extracting(TrainingOfferRecord::offerType).containsAll(EnumSet.allOf(OfferType.class));
		Set<String> occupations = offers.stream()
			.flatMap((offer) -> orEmpty(offer.occupations()).stream())
			.collect(Collectors.toSet());
		// Nursing, medicine, pharmacy, teaching, early education, engineering.
		assertThat(occupations).contains("81302", "81404", "81804", "84114", "83112", "25104");
		assertThat(offers.stream()
			.filter((offer) -> offer.offerType() == OfferType.WORK_RELATED_GERMAN)
			.map((offer) -> offer.targetLevel().name())
			.collect(Collectors.toSet())).contains("B2", "C1");
		assertThat(offers)
			.anyMatch((offer) -> orEmpty(offer.venues()).isEmpty() && offer.format().locationIndependent());
		assertThat(offers).anyMatch((offer) -> orEmpty(offer.venues()).size() > 1);
	}

	@Test
	void curriculaAndResourcesAreThereInNumbersAndTheContentSpeaksEightLanguages() throws IOException {
		assertThat(read(ContentKind.CURRICULA)).hasSizeGreaterThanOrEqualTo(60);
		List<SourceRecord> resources = read(ContentKind.START_UP_RESOURCES);
		assertThat(resources).hasSizeGreaterThanOrEqualTo(150);
		assertThat(resources).extracting(SourceRecord::sourceLanguage)
			.containsAll(Arrays.stream(ContentLanguage.values()).map(ContentLanguage::code).toList());
		Set<String> titleLanguages = new TreeSet<>();
		for (ContentKind kind : ContentKind.values()) {
			read(kind).forEach((record) -> titleLanguages.addAll(record.title().keySet()));
		}
		assertThat(titleLanguages).hasSizeGreaterThanOrEqualTo(8);
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void recordsBeyondTheBundleAreValidToo(ContentKind kind) {
		// Benchmarks stream far more than the bundle; every record must still pass, or a
		// benchmark measures rejections (ambiguous town names once gave far postal
		// codes).
		@SuppressWarnings("unchecked")
		ContentPipeline<SourceRecord, ?> pipeline = (ContentPipeline<SourceRecord, ?>) ContentPipeline.forKind(kind);
		List<String> violations = GENERATOR.records(kind, 20_000)
			.flatMap((record) -> pipeline.validate(record).stream().map((v) -> record.id() + " " + v.message()))
			.limit(10)
			.toList();
		assertThat(violations).isEmpty();
	}

	@Test
	void recordNDependsOnlyOnNSoALongRunStartsWithTheBundle() {
		List<SourceRecord> first = GENERATOR.records(ContentKind.TRAINING_OFFERS, 5).toList();
		List<SourceRecord> again = SampleContentGenerator.fromGazetteer()
			.records(ContentKind.TRAINING_OFFERS, 1_000)
			.limit(5)
			.toList();
		assertThat(again).isEqualTo(first);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static List<SourceRecord> read(ContentKind kind) throws IOException {
		@SuppressWarnings("unchecked")
		ContentPipeline<SourceRecord, ?> pipeline = (ContentPipeline<SourceRecord, ?>) ContentPipeline.forKind(kind);
		List<SourceRecord> records = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		List<String> violations = new ArrayList<>();
		new NdjsonReader<>(ContentJson.objectMapper(), pipeline.recordType()).read(ContentSource.sample(kind),
				(parsed) -> {
					records.add(parsed.value());
					for (Violation violation : pipeline.validate(parsed.value())) {
						violations.add(parsed.position().line() + " " + violation.message());
					}
				}, rejections::add);
		assertThat(rejections).isEmpty();
		assertThat(violations).isEmpty();
		return records;
	}

}
