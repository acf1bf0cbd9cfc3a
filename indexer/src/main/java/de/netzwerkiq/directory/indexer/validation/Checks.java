package de.netzwerkiq.directory.indexer.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.netzwerkiq.directory.indexer.content.Address;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.content.Occupations;
import de.netzwerkiq.directory.indexer.content.Closure;
import de.netzwerkiq.directory.indexer.content.OpeningHours;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;

/** Field checks shared by all kinds; each adds at most one violation per field. */
public final class Checks {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{1,98}[a-z0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[a-zA-Z]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{5,24}");

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>");

	private final List<Violation> violations;

	public Checks(List<Violation> violations) {
		this.violations = violations;
	}

	public boolean required(String pointer, Object value) {
		return required(pointer, value, field(pointer) + " is required");
	}

	public boolean required(String pointer, Object value, String message) {
		boolean present = value != null && !(value instanceof String text && text.isBlank())
				&& !(value instanceof List<?> list && list.isEmpty());
		if (!present) {
			this.violations.add(new Violation(pointer, message));
		}
		return present;
	}

	/**
	 * Violations so far, to run costlier checks only on fields that passed the simple
	 * ones.
	 */
	public int count() {
		return this.violations.size();
	}

	public void add(String pointer, String message) {
		this.violations.add(new Violation(pointer, message));
	}

	/** {@code [null]} or {@code ["A", null]} in a list of codes. */
	public void noNullItems(String pointer, List<?> list) {
		if (list != null) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) == null) {
					add(pointer + "/" + i, field(pointer) + "." + i + " must not be null");
					return;
				}
			}
		}
	}

	public void maxItems(String pointer, List<?> list, int max) {
		if (list != null && list.size() > max) {
			add(pointer, field(pointer) + " has " + list.size() + " entries; at most " + max + " are allowed");
		}
	}

	public void range(String pointer, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			add(pointer, field(pointer) + " " + value + " must be between " + min + " and " + max);
		}
	}

	/** Any ISO 639-1 language, not only the content languages (advice in Polish, say). */
	public void isoLanguage(String pointer, String code) {
		if (code == null || !ISO_LANGUAGES.contains(code)) {
			add(pointer, field(pointer) + " '" + code
					+ "' is not an ISO 639-1 language code (two lower-case letters, e.g. de, en, ar)");
		}
	}

	public void isoLanguages(String pointer, List<String> codes) {
		if (codes != null) {
			for (int i = 0; i < codes.size(); i++) {
				isoLanguage(pointer + "/" + i, codes.get(i));
			}
		}
	}

	/** KldB codes must be in the occupation code list, so that every code has a name. */
	public void occupations(String pointer, List<String> codes) {
		if (codes == null) {
			return;
		}
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (code == null || !code.matches("\\d{5}")) {
				add(pointer + "/" + i, field(pointer) + "." + i + " '" + code + "' is not a five-digit KldB 2010 code");
			}
			else if (Occupations.byCode(code).isEmpty()) {
				add(pointer + "/" + i, field(pointer) + "." + i + " '" + code
						+ "' is not in the occupation code list (code-lists/occupations.tsv); add it there first");
			}
		}
	}

	public void address(String pointer, Address address) {
		if (!required(pointer, address)) {
			return;
		}
		plainText(pointer + "/street", address.street(), 200);
		postalCode(pointer + "/postalCode", address.postalCode());
		if (required(pointer + "/city", address.city())) {
			plainText(pointer + "/city", address.city(), 100);
		}
		required(pointer + "/federalState", address.federalState());
	}

	public void openingHours(String pointer, List<OpeningHours> hours) {
		if (hours == null) {
			return;
		}
		maxItems(pointer, hours, 28);
		for (int i = 0; i < hours.size(); i++) {
			String at = pointer + "/" + i;
			OpeningHours interval = hours.get(i);
			if (!required(at, interval)) {
				continue;
			}
			boolean complete = required(at + "/day", interval.day()) & required(at + "/opens", interval.opens())
					& required(at + "/closes", interval.closes());
			if (complete && !interval.closes().isAfter(interval.opens())) {
				add(at + "/closes",
						field(at) + ": closes " + interval.closes() + " is not after opens " + interval.opens());
			}
		}
	}

	public void closures(String pointer, List<Closure> closures) {
		if (closures == null) {
			return;
		}
		maxItems(pointer, closures, 50);
		for (int i = 0; i < closures.size(); i++) {
			String at = pointer + "/" + i;
			Closure closure = closures.get(i);
			if (!required(at, closure)) {
				continue;
			}
			boolean complete = required(at + "/from", closure.from()) & required(at + "/until", closure.until());
			if (complete && closure.until().isBefore(closure.from())) {
				add(at + "/until", field(at) + ": until " + closure.until() + " is before from " + closure.from());
			}
			else if (complete && closure.until().isAfter(closure.from().plusDays(OpeningTimes.MAX_CLOSURE_DAYS))) {
				add(at + "/until", field(at) + ": a closure may last at most " + OpeningTimes.MAX_CLOSURE_DAYS
						+ " days; unpublish a centre that closes for longer");
			}
			plainText(at + "/reason", closure.reason(), 200);
		}
	}

	public void identifier(String pointer, String value) {
		if (required(pointer, value) && !IDENTIFIER.matcher(value).matches()) {
			this.violations.add(new Violation(pointer, field(pointer) + " '" + value
					+ "' must be 3 to 100 lower-case letters, digits or hyphens, starting and ending with a letter or digit"));
		}
	}

	public void plainText(String pointer, String value, int maxLength) {
		String problem = plainTextProblem(value, maxLength);
		if (problem != null) {
			this.violations.add(new Violation(pointer, field(pointer) + problem));
		}
	}

	/** What is wrong with a plain text, after its field's name; null when nothing. */
	private static String plainTextProblem(String value, int maxLength) {
		if (value == null) {
			return null;
		}
		if (value.length() > maxLength) {
			return " has " + value.length() + " characters; at most " + maxLength + " are allowed";
		}
		// Most texts have no '<' at all, and the regex would scan each of them.
		if (value.indexOf('<') >= 0 && MARKUP.matcher(value).find()) {
			return " must be plain text, without HTML markup";
		}
		return null;
	}

	public void language(String pointer, String code) {
		if (required(pointer, code) && ContentLanguage.fromCode(code).isEmpty()) {
			this.violations.add(new Violation(pointer, field(pointer) + " '" + code + "' is not a content language ("
					+ ContentLanguage.values().length + " are supported: " + String.join(", ", codes()) + ")"));
		}
	}

	/** A localised text: known languages as keys, and the source language present. */
	public void localisedText(String pointer, Map<String, String> texts, String sourceLanguage, boolean required,
			int maxLength) {
		if (texts == null || texts.isEmpty()) {
			if (required) {
				this.violations.add(new Violation(pointer, field(pointer) + " is required"));
			}
			return;
		}
		texts.forEach((code, text) -> {
			if (ContentLanguage.fromCode(code).isEmpty()) {
				language(pointer + "/" + code, code);
			}
			else {
				// Run for every text of every record: no pointer unless needed.
				String problem = plainTextProblem(text, maxLength);
				if (problem != null) {
					String at = pointer + "/" + code;
					this.violations.add(new Violation(at, field(at) + problem));
				}
			}
		});
		if (required && sourceLanguage != null && isBlank(texts.get(sourceLanguage))) {
			this.violations.add(new Violation(pointer + "/" + sourceLanguage,
					field(pointer) + " is required in the source language '" + sourceLanguage + "'"));
		}
	}

	public void locationInGermany(String pointer, GeoLocation location) {
		if (!required(pointer, location)) {
			return;
		}
		if (location.lat() < -90 || location.lat() > 90 || location.lon() < -180 || location.lon() > 180) {
			this.violations.add(new Violation(pointer, field(pointer) + " (" + location.lat() + ", " + location.lon()
					+ ") is not a valid coordinate: lat must be -90..90 and lon -180..180"));
		}
		else if (!location.isInGermany()) {
			this.violations.add(new Violation(pointer, field(pointer) + " (" + location.lat() + ", " + location.lon()
					+ ") lies outside Germany; are lat and lon swapped?"));
		}
	}

	public void postalCode(String pointer, String value) {
		if (required(pointer, value) && !value.matches("\\d{5}")) {
			this.violations
				.add(new Violation(pointer, field(pointer) + " '" + value + "' must be a 5-digit German postal code"));
		}
	}

	public void email(String pointer, String value) {
		if (value != null && !EMAIL.matcher(value).matches()) {
			this.violations.add(new Violation(pointer, field(pointer) + " '" + value + "' is not an e-mail address"));
		}
	}

	public void phone(String pointer, String value) {
		if (value != null && !PHONE.matcher(value).matches()) {
			this.violations.add(new Violation(pointer,
					field(pointer) + " '" + value + "' is not a phone number (digits, spaces, +, /, -, parentheses)"));
		}
	}

	public void url(String pointer, String value) {
		if (value == null) {
			return;
		}
		try {
			URI uri = new URI(value);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new URISyntaxException(value, "not an absolute http(s) URL");
			}
		}
		catch (URISyntaxException ex) {
			this.violations
				.add(new Violation(pointer, field(pointer) + " '" + value + "' is not an absolute http(s) URL"));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static List<String> codes() {
		return java.util.Arrays.stream(ContentLanguage.values()).map(ContentLanguage::code).toList();
	}

	/** "/address/postalCode" reads as "address.postalCode" in messages. */
	static String field(String pointer) {
		return pointer.isEmpty() ? "record" : pointer.substring(1).replace('/', '.');
	}

}
