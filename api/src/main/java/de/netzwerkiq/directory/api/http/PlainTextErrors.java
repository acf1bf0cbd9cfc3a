package de.netzwerkiq.directory.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller outside GraphQL (the calendar feed, the export) whose errors are
 * answered as plain text by {@link PlainTextErrorAnswers}: one wording for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PlainTextErrors {

}
