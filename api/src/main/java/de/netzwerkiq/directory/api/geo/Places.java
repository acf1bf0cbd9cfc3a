package de.netzwerkiq.directory.api.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.graphql.ArgumentViolations;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.gazetteer.Gazetteer;
import de.netzwerkiq.directory.indexer.gazetteer.Place;
import de.netzwerkiq.directory.indexer.gazetteer.PostalCodeArea;

/**
 * Turns what a client sends about places (a point, a postal code, a place name, a map
 * viewport) into checked values, with an error naming the argument for anything wrong.
 * Places and postal codes come from the bundled gazetteer, so no request leaves the
 * service to look one up.
 */
@Component
public class Places {

	/** Further than any two points in Germany are apart, with room to spare. */
	public static final double MAX_RADIUS_KM = 1000;

	/**
	 * Towns a search text may name: the towns content is in have 10,000 people or more.
	 */
	public static final int MIN_TOWN_POPULATION = 10_000;

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

	/** Locative, dative, genitive and instrumental endings a town's name takes. */
	private static final List<String> CYRILLIC_CASE_ENDINGS = List.of("ом", "ем", "і", "е", "у", "а", "и");

	/**
	 * One-letter prefixes Arabic writes onto a word: bi- (in), li- (to), wa- (and), fa-.
	 */
	private static final String ARABIC_PREFIXES = "بلوف";

	private final Gazetteer gazetteer = Gazetteer.germany();

	private final Validator validator;

	Places(Validator validator) {
		this.validator = validator;
	}

	/** A checked search origin; null when {@code near} is null. */
	public GeoScope resolve(NearInput near) {
		if (near == null) {
			return null;
		}
		int given = ((near.point() != null) ? 1 : 0) + ((near.postalCode() != null) ? 1 : 0)
				+ ((near.place() != null) ? 1 : 0);
		if (given != 1) {
			throw new InvalidArgumentException("near",
					"near needs exactly one of point, postalCode or place (got " + given + ")");
		}
		// Bound GraphQL arguments were checked already; a calendar feed's were not.
		ArgumentViolations.check(this.validator, "near", near);
		return new GeoScope(origin(near), near.radiusKm());
	}

	private SearchOrigin origin(NearInput near) {
		if (near.point() != null) {
			return new SearchOrigin(location(near.point()), null, null, null);
		}
		if (near.postalCode() != null) {
			String code = near.postalCode().strip();
			if (!POSTAL_CODE.matcher(code).matches()) {
				throw new InvalidArgumentException("near.postalCode",
						"near.postalCode must be a five-digit German postal code (got '" + shorten(code) + "')");
			}
			PostalCodeArea area = this.gazetteer.postalCode(code)
				.orElseThrow(() -> new InvalidArgumentException("near.postalCode",
						"There is no German postal code " + code + "; check the number"));
			return new SearchOrigin(area.location(), area.mainPlace(), area.code(), area.state());
		}
		String name = near.place().strip();
		if (name.isEmpty() || name.length() > Gazetteer.MAX_QUERY_LENGTH) {
			throw new InvalidArgumentException("near.place", "near.place must be 1 to " + Gazetteer.MAX_QUERY_LENGTH
					+ " characters (got " + name.length() + ")");
		}
		Place place = this.gazetteer.place(name)
			.orElseThrow(() -> new InvalidArgumentException("near.place",
					"No German town or city matches '" + shorten(name) + "'; try a postal code"));
		return new SearchOrigin(place.location(), place.name(), null, place.state());
	}

	/** A checked viewport; null when {@code box} is null. */
	public BoundingBox box(BoundingBoxInput box) {
		if (box == null) {
			return null;
		}
		ArgumentViolations.check(this.validator, "within", box);
		if (box.south() >= box.north()) {
			throw new InvalidArgumentException("within", String.format(Locale.ROOT,
					"within is upside down: south (%s) must be less than north (%s)", box.south(), box.north()));
		}
		if (box.west() >= box.east()) {
			throw new InvalidArgumentException("within", String.format(Locale.ROOT,
					"within is inverted: west (%s) must be less than east (%s); boxes across the antimeridian are not supported",
					box.west(), box.east()));
		}
		return new BoundingBox(box.north(), box.south(), box.east(), box.west());
	}

	/**
	 * The town a word of a search text names ("Köln", "Köln'de"), exactly or with umlauts
	 * and case folded, never by a typo or prefix: a word must not become a place by
	 * accident. Only towns of {@link #MIN_TOWN_POPULATION} or more, whose names are
	 * seldom ordinary words too.
	 */
	public Optional<GeoLocation> town(String word) {
		// Turkish attaches case endings with an apostrophe: Köln'de, Berlin'deki.
		int apostrophe = word.indexOf('\'');
		String name = (apostrophe > 0) ? word.substring(0, apostrophe) : word;
		if (name.length() < 3) {
			return Optional.empty();
		}
		return inflectedForms(name).stream()
			.flatMap((form) -> this.gazetteer.named(form).stream())
			.filter((place) -> place.population() >= MIN_TOWN_POPULATION)
			.findFirst()
			.map(Place::location);
	}

	/**
	 * The word, then what it is without the case ending or prefix that Russian, Ukrainian
	 * and Arabic put on a town's name: "в Берлине", "у Мюнхені", "ببرلين" (in Berlin).
	 * Only the name itself is looked up, so a stripped form must still be a town's whole
	 * name.
	 */
	static List<String> inflectedForms(String word) {
		List<String> forms = new ArrayList<>(List.of(word));
		Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
		if (script == Character.UnicodeScript.CYRILLIC) {
			for (String ending : CYRILLIC_CASE_ENDINGS) {
				if (word.length() - ending.length() >= 3 && word.toLowerCase(Locale.ROOT).endsWith(ending)) {
					forms.add(word.substring(0, word.length() - ending.length()));
				}
			}
		}
		else if (script == Character.UnicodeScript.ARABIC && word.length() >= 4
				&& ARABIC_PREFIXES.indexOf(word.charAt(0)) >= 0) {
			forms.add(word.substring(1));
		}
		return forms;
	}

	/** Places whose name starts with what was typed, largest first. */
	public List<Place> suggest(String prefix, int limit) {
		return this.gazetteer.startingWith(prefix, limit);
	}

	public static GeoLocation location(GeoPointInput point) {
		return new GeoLocation(point.lat(), point.lon());
	}

	private static String shorten(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}

}
