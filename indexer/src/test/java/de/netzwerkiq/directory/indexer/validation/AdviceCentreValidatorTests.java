package de.netzwerkiq.directory.indexer.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.Address;
import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.NdjsonReader;
import de.netzwerkiq.directory.indexer.source.Rejection;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceCentreValidatorTests {

	private final AdviceCentreValidator validator = new AdviceCentreValidator();

	@Test
	void acceptsTheSampleRecords() throws IOException {
		for (AdviceCentreRecord record : sample()) {
			assertThat(this.validator.validate(record)).as(record.id()).isEmpty();
		}
	}

	@Test
	void rejectsCoordinatesOutsideGermanyAndImpossibleOnes() throws IOException {
		AdviceCentreRecord paris = with(sample().get(0), new GeoLocation(48.85, 2.35), null, null);
		assertThat(this.validator.validate(paris)).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("location")
			.contains("outside Germany");
		AdviceCentreRecord impossible = with(sample().get(0), new GeoLocation(95, 13.4), null, null);
		assertThat(this.validator.validate(impossible)).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("lat must be -90..90");
	}

	@Test
	void requiresTheTitleInTheSourceLanguage() throws IOException {
		AdviceCentreRecord englishOnly = with(sample().get(0), null, Map.of("en", "Advice"), null);
		assertThat(this.validator.validate(englishOnly)).extracting(Violation::pointer).containsExactly("/title/de");
	}

	@Test
	void rejectsMarkupMalformedContactsAndUnknownLanguages() throws IOException {
		AdviceCentreRecord record = with(sample().get(0), null, Map.of("de", "<b>Beratung</b>", "xx", "?"),
				new Contact("call me", "nobody-at-example.org", "ftp://example.org"));
		assertThat(this.validator.validate(record)).extracting(Violation::pointer)
			.containsExactlyInAnyOrder("/title/de", "/title/xx", "/contact/phone", "/contact/email",
					"/contact/website");
	}

	private static AdviceCentreRecord with(AdviceCentreRecord r, GeoLocation location, Map<String, String> title,
			Contact contact) {
		return new AdviceCentreRecord(r.id(), r.slug(), r.sourceLanguage(), (title != null) ? title : r.title(),
				r.summary(), r.provider(), r.topics(),
				new Address(r.address().street(), r.address().postalCode(), r.address().city(),
						r.address().federalState()),
				(location != null) ? location : r.location(), (contact != null) ? contact : r.contact(),
				r.deliveryModes(), r.languagesSpoken(), r.freeOfCharge(), r.sampleData(), r.updatedAt(),
				r.lastVerified());
	}

	static List<AdviceCentreRecord> sample() throws IOException {
		List<AdviceCentreRecord> records = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		new NdjsonReader<>(ContentJson.objectMapper(), AdviceCentreRecord.class).read(
				ContentSource.sample(ContentKind.ADVICE_CENTRES), (parsed) -> records.add(parsed.value()),
				rejections::add);
		assertThat(rejections).isEmpty();
		return records;
	}

}
