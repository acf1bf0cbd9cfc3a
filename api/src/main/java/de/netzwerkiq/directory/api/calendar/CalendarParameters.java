package de.netzwerkiq.directory.api.calendar;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validator;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.geo.GeoPointInput;
import de.netzwerkiq.directory.api.geo.NearInput;
import de.netzwerkiq.directory.api.graphql.ArgumentValues;
import de.netzwerkiq.directory.api.graphql.ArgumentViolations;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.search.SearchArguments;
import de.netzwerkiq.directory.api.search.SearchSort;
import de.netzwerkiq.directory.api.search.TrainingOfferFilter;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * The calendar feed's query parameters read as GraphQL reads the {@code trainingOffers}
 * arguments: the one place that binds and checks them. Names are the arguments' and the
 * {@code TrainingOfferFilter} fields' own (a list repeated or comma-separated); any other
 * name, indexed or dotted ones such as {@code federalStates[0]} included, is refused
 * rather than handed to a binder that would read it as a path into its objects. Values
 * are bound by Spring for GraphQL's argument binder into the same records, lists are
 * bounded and deduplicated by {@link ArgumentValues}, and the records' constraints are
 * checked with the same messages; every mistake is an {@link InvalidArgumentException}
 * naming the parameter.
 *
 * @param arguments the search arguments, sorted by start date
 * @param filter the filter; null for none
 * @param language the language asked for; null for each record's own
 */
record CalendarParameters(SearchArguments arguments, TrainingOfferFilter filter, ContentLanguage language) {

	/** Shown in messages; longer values are cut. */
	private static final int MAX_SHOWN = 40;

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	/** The parameters beside the filter's fields, as the binder fills them. */
	record Search(String text, String language, String postalCode, String place, Double lat, Double lon,
			Double radiusKm) {

	}

	static CalendarParameters read(MultiValueMap<String, String> parameters, Validator validator) {
		Map<String, Object> search = new LinkedHashMap<>();
		Map<String, Object> filter = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (component(Search.class, name) != null) {
				put(search, Search.class, name, values);
			}
			else if (component(TrainingOfferFilter.class, name) != null) {
				put(filter, TrainingOfferFilter.class, name, values);
			}
			else {
				throw new InvalidArgumentException(shown(name), "There is no parameter '" + shown(name)
						+ "'; the feed takes " + String.join(", ", names(Search.class)) + " and the filters "
						+ String.join(", ", names(TrainingOfferFilter.class)) + " (lists repeated or comma-separated)");
			}
		});
		Search given = bind(search, Search.class);
		TrainingOfferFilter bound = filter.isEmpty() ? null : bind(filter, TrainingOfferFilter.class);
		ContentLanguage language = (given.language() != null) ? Languages.parse("language", given.language()) : null;
		SearchArguments arguments = SearchArguments.NONE.withText(given.text())
			.withLanguage(given.language())
			.withNear(near(given))
			.withSort(SearchSort.START_DATE, true);
		ArgumentViolations.check(validator, null, arguments);
		return new CalendarParameters(arguments, bound, language);
	}

	private static void put(Map<String, Object> raw, Class<?> type, String name, List<String> values) {
		List<String> given = values.stream()
			.flatMap((value) -> isList(type, name) ? Arrays.stream(value.split(",")) : Stream.of(value))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList();
		if (given.isEmpty()) {
			return;
		}
		if (isList(type, name)) {
			raw.put(name, ArgumentValues.distinctValues(name, given));
		}
		else if (given.size() > 1) {
			throw new InvalidArgumentException(name, name + " takes one value (got " + given.size() + ")");
		}
		else {
			raw.put(name, given.get(0));
		}
	}

	private static <T> T bind(Map<String, Object> raw, Class<T> type) {
		try {
			return type.cast(BINDER.bind(raw, false, ResolvableType.forClass(type)));
		}
		catch (BindException ex) {
			FieldError error = ex.getFieldErrors()
				.stream()
				.min(java.util.Comparator.comparing(FieldError::getField))
				.orElseThrow(() -> new InvalidArgumentException("parameters", "The parameters are not valid"));
			// The binder names "$.federalStates[2]" for the third value of federalStates.
			String field = error.getField().startsWith("$.") ? error.getField().substring(2) : error.getField();
			String name = field.split("[\\[.]", 2)[0];
			throw new InvalidArgumentException(name, name + " takes " + expected(type, name) + " (got '"
					+ shown(String.valueOf(error.getRejectedValue())) + "')");
		}
	}

	private static NearInput near(Search given) {
		if (given.lat() == null && given.lon() == null && given.postalCode() == null && given.place() == null) {
			if (given.radiusKm() != null) {
				throw new InvalidArgumentException("radiusKm", "radiusKm needs postalCode, place or lat and lon");
			}
			return null;
		}
		if ((given.lat() == null) != (given.lon() == null)) {
			throw new InvalidArgumentException("lat", "lat and lon go together");
		}
		return new NearInput((given.lat() != null) ? new GeoPointInput(given.lat(), given.lon()) : null,
				given.postalCode(), given.place(), given.radiusKm());
	}

	/** What a value of the parameter looks like, for a message. */
	private static String expected(Class<?> type, String name) {
		RecordComponent component = component(type, name);
		Type value = (component != null) ? component.getGenericType() : String.class;
		boolean list = value instanceof ParameterizedType;
		if (value instanceof ParameterizedType parameterized) {
			value = parameterized.getActualTypeArguments()[0];
		}
		String one;
		if (value instanceof Class<?> element && element.isEnum()) {
			one = "one of " + Arrays.stream(element.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		else if (value == Double.class) {
			one = "a number";
		}
		else if (value == Boolean.class) {
			one = "true or false";
		}
		else {
			one = "a text";
		}
		return list ? "values each " + one : one;
	}

	private static RecordComponent component(Class<?> type, String name) {
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
	}

	private static boolean isList(Class<?> type, String name) {
		return List.class.isAssignableFrom(component(type, name).getType());
	}

	private static List<String> names(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			names.add(component.getName());
		}
		return names;
	}

	private static String shown(String value) {
		return (value.length() > MAX_SHOWN) ? value.substring(0, MAX_SHOWN) + "…" : value;
	}

}
