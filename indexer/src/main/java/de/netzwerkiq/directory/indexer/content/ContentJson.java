package de.netzwerkiq.directory.indexer.content;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;

/** The one JSON configuration for source files and indexed documents. */
public final class ContentJson {

	private ContentJson() {
	}

	public static ObjectMapper objectMapper() {
		return JsonMapper.builder()
			// Opening hours read as "09:00" and are written back the same way.
			.addModule(new JavaTimeModule().addSerializer(LocalTime.class,
					new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT))))
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			// Absent rather than null or []: shorter files, the same documents.
			.serializationInclusion(JsonInclude.Include.NON_EMPTY)
			.build();
	}

}
