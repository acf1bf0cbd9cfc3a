package de.netzwerkiq.directory.api.graphql;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The one wording of a broken argument constraint, "near.point.lat must be a latitude
 * between -90 and 90 (got 95.0)", the same as every {@link InvalidArgumentException}: for
 * violations found when Spring for GraphQL binds arguments, and for values checked later
 * against the same constraints (a calendar feed's parameters).
 */
public final class ArgumentViolations {

	/** Longer values are cut in messages: they are echoed to the client. */
	private static final int MAX_SHOWN = 40;

	private ArgumentViolations() {
	}

	public static String message(String argument, ConstraintViolation<?> violation) {
		return argument + " " + violation.getMessage() + " (got " + shown(violation.getInvalidValue()) + ")";
	}

	/**
	 * Checks a value against its constraints.
	 * @param argument the value's argument path, e.g. {@code near}; null for a record of
	 * arguments, whose components are the arguments
	 * @throws InvalidArgumentException for the first broken constraint, by path
	 */
	public static void check(Validator validator, String argument, Object value) {
		Set<? extends ConstraintViolation<?>> violations = validator.validate(value);
		violations.stream().min(Comparator.comparing((v) -> v.getPropertyPath().toString())).ifPresent((violation) -> {
			String path = violation.getPropertyPath().toString();
			String named = (argument == null) ? path : path.isEmpty() ? argument : argument + "." + path;
			throw new InvalidArgumentException(named, message(named, violation));
		});
	}

	private static String shown(Object value) {
		if (value instanceof CharSequence text) {
			return (text.length() > MAX_SHOWN) ? text.length() + " characters" : "'" + text + "'";
		}
		return String.valueOf(value);
	}

}
