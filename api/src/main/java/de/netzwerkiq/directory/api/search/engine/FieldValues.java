package de.netzwerkiq.directory.api.search.engine;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Plain Java values (as cursors and constraints hold them) and the client's field values.
 */
final class FieldValues {

	private FieldValues() {
	}

	/**
	 * @throws IllegalArgumentException for a value that is not a plain JSON scalar
	 */
	static FieldValue of(Object value) {
		if (value == null) {
			return FieldValue.NULL;
		}
		if (value instanceof Integer || value instanceof Long) {
			return FieldValue.of(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			return FieldValue.of(number.doubleValue());
		}
		if (value instanceof Boolean bool) {
			return FieldValue.of(bool);
		}
		if (value instanceof String string) {
			return FieldValue.of(string);
		}
		throw new IllegalArgumentException("Not a field value: " + value.getClass().getName());
	}

	static Object plain(FieldValue value) {
		return switch (value._kind()) {
			case Long -> value.longValue();
			case Double -> value.doubleValue();
			case Boolean -> value.booleanValue();
			case String -> value.stringValue();
			case Null -> null;
			default -> throw new IllegalStateException("Unexpected sort value " + value);
		};
	}

}
