package de.netzwerkiq.directory.api.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * An ISO 639-1 code of a content language, in any case; null passes. Checked when the
 * arguments are bound, so a query with a bad code fails once, before anything runs.
 */
@Documented
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

	/** Replaced by the list of codes, which an annotation cannot compute. */
	String message() default "must be a content language code";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts what {@link Languages#parse} accepts. */
	class Validator implements ConstraintValidator<LanguageCode, String> {

		private static final String CODES = Arrays.stream(ContentLanguage.values())
			.map(ContentLanguage::code)
			.collect(Collectors.joining(", "));

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || ContentLanguage.fromCode(value.strip().toLowerCase(Locale.ROOT)).isPresent()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must be one of " + CODES).addConstraintViolation();
			return false;
		}

	}

}
