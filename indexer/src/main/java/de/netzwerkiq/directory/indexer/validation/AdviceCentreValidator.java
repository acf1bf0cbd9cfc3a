package de.netzwerkiq.directory.indexer.validation;

import java.util.ArrayList;
import java.util.List;

import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;

/** The rules an advice centre must meet before it is indexed. */
public final class AdviceCentreValidator {

	public List<Violation> validate(AdviceCentreRecord record) {
		List<Violation> violations = new ArrayList<>();
		Checks checks = new Checks(violations);
		checks.identifier("/id", record.id());
		checks.identifier("/slug", record.slug());
		checks.language("/sourceLanguage", record.sourceLanguage());
		checks.localisedText("/title", record.title(), record.sourceLanguage(), true, 200);
		checks.localisedText("/summary", record.summary(), record.sourceLanguage(), false, 2000);
		if (checks.required("/provider", record.provider())) {
			checks.plainText("/provider", record.provider(), 200);
		}
		checks.required("/topics", record.topics());
		if (checks.required("/address", record.address())) {
			checks.plainText("/address/street", record.address().street(), 200);
			checks.postalCode("/address/postalCode", record.address().postalCode());
			if (checks.required("/address/city", record.address().city())) {
				checks.plainText("/address/city", record.address().city(), 100);
			}
			checks.required("/address/federalState", record.address().federalState());
		}
		checks.locationInGermany("/location", record.location());
		if (record.contact() != null) {
			checks.phone("/contact/phone", record.contact().phone());
			checks.email("/contact/email", record.contact().email());
			checks.url("/contact/website", record.contact().website());
		}
		if (record.languagesSpoken() != null) {
			for (int i = 0; i < record.languagesSpoken().size(); i++) {
				String code = record.languagesSpoken().get(i);
				if (code == null || !code.matches("[a-z]{2}")) {
					violations.add(new Violation("/languagesSpoken/" + i, "languagesSpoken." + i + " '" + code
							+ "' is not an ISO 639-1 code (two lower-case letters)"));
				}
			}
		}
		checks.required("/updatedAt", record.updatedAt());
		return violations;
	}

}
