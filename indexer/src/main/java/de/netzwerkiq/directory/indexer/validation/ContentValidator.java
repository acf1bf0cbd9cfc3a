package de.netzwerkiq.directory.indexer.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.Material;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.CurriculumRecord;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.source.StartUpResourceRecord;
import de.netzwerkiq.directory.indexer.source.TrainingOfferRecord;

/**
 * The rules a record must meet before it is indexed: the common ones, then those of its
 * kind. Each broken rule is one {@link Violation} naming the field. Codes of the fixed
 * code lists (states, topics, levels, ...) are already checked when the line is read.
 */
public final class ContentValidator {

	static final int TITLE_LENGTH = 200;

	static final int SUMMARY_LENGTH = 2_000;

	static final int BODY_LENGTH = 20_000;

	static final int NAME_LENGTH = 200;

	static final int MAX_SITES = 100;

	static final int MAX_MATERIALS = 50;

	private final Clock clock;

	public ContentValidator() {
		this(LocalDate::now);
	}

	/** With a clock, so that "not in the future" can be tested. */
	public ContentValidator(Clock clock) {
		this.clock = clock;
	}

	/** Today's date. */
	@FunctionalInterface
	public interface Clock {

		LocalDate today();

	}

	public List<Violation> validate(AdviceCentreRecord record) {
		List<Violation> violations = new ArrayList<>();
		Checks checks = common(record, violations);
		checks.noNullItems("/deliveryModes", record.deliveryModes());
		checks.required("/deliveryModes", record.deliveryModes());
		boolean inPerson = record.deliveryModes() != null && record.deliveryModes().contains(DeliveryMode.IN_PERSON);
		if (inPerson) {
			checks.required("/offices", record.offices());
		}
		else if (isEmpty(record.offices()) && isEmpty(record.federalStates())) {
			violations.add(new Violation("/federalStates",
					"federalStates is required when a centre has no offices: name the states it serves"));
		}
		sites(checks, "/offices", record.offices());
		checks.isoLanguages("/languagesSpoken", record.languagesSpoken());
		checks.occupations("/occupations", record.occupations());
		checks.closures("/closures", record.closures());
		return violations;
	}

	public List<Violation> validate(TrainingOfferRecord record) {
		List<Violation> violations = new ArrayList<>();
		Checks checks = common(record, violations);
		checks.required("/offerType", record.offerType());
		checks.occupations("/occupations", record.occupations());
		if (record.entryLevel() != null && record.targetLevel() != null
				&& record.targetLevel().compareTo(record.entryLevel()) < 0) {
			violations.add(new Violation("/targetLevel", "targetLevel " + record.targetLevel() + " is below entryLevel "
					+ record.entryLevel() + "; a course cannot lead to a lower level"));
		}
		if (checks.required("/format", record.format()) && !record.format().locationIndependent()) {
			checks.required("/venues", record.venues(), "venues is required for a " + record.format()
					+ " offer; only ONLINE and SELF_STUDY offers may have none");
		}
		sites(checks, "/venues", record.venues());
		if (record.startDate() != null && record.endDate() != null && record.endDate().isBefore(record.startDate())) {
			violations.add(new Violation("/endDate",
					"endDate " + record.endDate() + " is before startDate " + record.startDate()));
		}
		if (record.endDate() != null && record.startDate() == null) {
			violations.add(new Violation("/startDate", "startDate is required when endDate is given"));
		}
		if (record.registrationDeadline() != null && record.startDate() != null
				&& record.registrationDeadline().isAfter(record.startDate())) {
			violations.add(new Violation("/registrationDeadline", "registrationDeadline "
					+ record.registrationDeadline() + " is after startDate " + record.startDate()));
		}
		checks.range("/durationHours", record.durationHours(), 1, 10_000);
		if (record.costEur() != null) {
			if (record.costEur().signum() < 0
					|| record.costEur().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
				violations.add(new Violation("/costEur",
						"costEur " + record.costEur().toPlainString() + " must be between 0 and 100000"));
			}
			else if (Boolean.TRUE.equals(record.freeOfCharge()) && record.costEur().signum() > 0) {
				violations.add(new Violation("/costEur", "costEur " + record.costEur().toPlainString()
						+ " contradicts freeOfCharge true; set one of them"));
			}
		}
		checks.noNullItems("/funding", record.funding());
		checks.isoLanguages("/languages", record.languages());
		return violations;
	}

	public List<Violation> validate(CurriculumRecord record) {
		List<Violation> violations = new ArrayList<>();
		Checks checks = common(record, violations);
		checks.required("/targetGroups", record.targetGroups(), "targetGroups (the audience) is required");
		checks.required("/format", record.format());
		checks.range("/durationHours", record.durationHours(), 1, 1_000);
		checks.required("/languages", record.languages());
		checks.isoLanguages("/languages", record.languages());
		checks.required("/licence", record.licence());
		checks.maxItems("/materials", record.materials(), MAX_MATERIALS);
		if (record.materials() != null) {
			for (int i = 0; i < record.materials().size(); i++) {
				material(checks, "/materials/" + i, record.materials().get(i));
			}
		}
		notInFuture(checks, "/publishedOn", record.publishedOn());
		return violations;
	}

	public List<Violation> validate(StartUpResourceRecord record) {
		List<Violation> violations = new ArrayList<>();
		Checks checks = common(record, violations);
		checks.required("/resourceType", record.resourceType());
		checks.required("/languages", record.languages());
		checks.isoLanguages("/languages", record.languages());
		if (checks.required("/url", record.url())) {
			checks.url("/url", record.url());
		}
		notInFuture(checks, "/publishedOn", record.publishedOn());
		return violations;
	}

	private Checks common(SourceRecord record, List<Violation> violations) {
		Checks checks = new Checks(violations);
		checks.identifier("/id", record.id());
		checks.identifier("/slug", record.slug());
		checks.language("/sourceLanguage", record.sourceLanguage());
		checks.localisedText("/title", record.title(), record.sourceLanguage(), true, TITLE_LENGTH);
		checks.localisedText("/summary", record.summary(), record.sourceLanguage(), false, SUMMARY_LENGTH);
		checks.localisedText("/body", record.body(), record.sourceLanguage(), false, BODY_LENGTH);
		checks.noNullItems("/topics", record.topics());
		checks.required("/topics", record.topics());
		checks.noNullItems("/targetGroups", record.targetGroups());
		checks.noNullItems("/federalStates", record.federalStates());
		if (checks.required("/provider", record.provider())) {
			checks.plainText("/provider", record.provider(), NAME_LENGTH);
		}
		contact(checks, "/contact", record.contact());
		checks.required("/updatedAt", record.updatedAt());
		if (checks.required("/lastVerified", record.lastVerified())) {
			notInFuture(checks, "/lastVerified", record.lastVerified());
		}
		checks.url("/sourceUrl", record.sourceUrl());
		return checks;
	}

	private void sites(Checks checks, String pointer, List<Site> sites) {
		if (sites == null) {
			return;
		}
		checks.maxItems(pointer, sites, MAX_SITES);
		for (int i = 0; i < sites.size(); i++) {
			String at = pointer + "/" + i;
			Site site = sites.get(i);
			if (!checks.required(at, site)) {
				continue;
			}
			checks.plainText(at + "/name", site.name(), NAME_LENGTH);
			int before = checks.count();
			checks.address(at + "/address", site.address());
			checks.locationInGermany(at + "/location", site.location());
			if (checks.count() == before) {
				AddressCheck.check(checks, at, site.address(), site.location());
			}
			contact(checks, at + "/contact", site.contact());
			checks.openingHours(at + "/openingHours", site.openingHours());
			checks.noNullItems(at + "/accessibility", site.accessibility());
		}
	}

	private void material(Checks checks, String pointer, Material material) {
		if (!checks.required(pointer, material)) {
			return;
		}
		if (checks.required(pointer + "/title", material.title())) {
			checks.plainText(pointer + "/title", material.title(), TITLE_LENGTH);
		}
		if (checks.required(pointer + "/url", material.url())) {
			checks.url(pointer + "/url", material.url());
		}
		checks.required(pointer + "/format", material.format());
		if (checks.required(pointer + "/language", material.language())) {
			checks.isoLanguage(pointer + "/language", material.language());
		}
	}

	private void contact(Checks checks, String pointer, Contact contact) {
		if (contact != null) {
			checks.phone(pointer + "/phone", contact.phone());
			checks.email(pointer + "/email", contact.email());
			checks.url(pointer + "/website", contact.website());
		}
	}

	private void notInFuture(Checks checks, String pointer, LocalDate date) {
		// A day of slack: an editor in another time zone may already be on tomorrow.
		if (date != null && date.isAfter(this.clock.today().plusDays(1))) {
			checks.add(pointer, Checks.field(pointer) + " " + date + " is in the future");
		}
	}

	private static boolean isEmpty(List<?> list) {
		return list == null || list.isEmpty();
	}

}
