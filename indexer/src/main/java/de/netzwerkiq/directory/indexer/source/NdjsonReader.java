package de.netzwerkiq.directory.indexer.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads newline-delimited JSON one line at a time, so memory stays flat however long the
 * file is. Every line that is not a valid record is reported with its line, a JSON
 * pointer and a reason, and reading goes on.
 *
 * @param <T> the record type
 */
public final class NdjsonReader<T> {

	/** One line longer than this is rejected without being parsed. */
	public static final int MAX_LINE_BYTES = 1 << 20;

	private final ObjectMapper mapper;

	private final ObjectReader reader;

	public NdjsonReader(ObjectMapper mapper, Class<T> type) {
		this.mapper = mapper;
		// Trailing content after the object ("{...} x") is an error, not silently
		// dropped.
		this.reader = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/** A parsed record and where it was. */
	public record Parsed<T>(T value, SourcePosition position) {

	}

	public void read(ContentSource source, Consumer<Parsed<T>> accepted, Consumer<Rejection> rejected)
			throws IOException {
		try (InputStream in = source.open()) {
			// Scans a chunk at a time for line breaks; a line is only copied out once.
			byte[] buffer = new byte[1 << 16];
			ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
			long number = 0;
			boolean oversized = false;
			int read;
			while ((read = in.read(buffer)) != -1) {
				int start = 0;
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						oversized = append(line, buffer, start, i - start, oversized);
						number++;
						endLine(source.name(), number, line, oversized, false, accepted, rejected);
						line.reset();
						oversized = false;
						start = i + 1;
					}
				}
				oversized = append(line, buffer, start, read - start, oversized);
			}
			if (line.size() > 0 || oversized) {
				endLine(source.name(), number + 1, line, oversized, true, accepted, rejected);
			}
		}
	}

	/** Appends up to the line limit; returns whether the line is now too long. */
	private static boolean append(ByteArrayOutputStream line, byte[] bytes, int offset, int length, boolean oversized) {
		if (oversized || line.size() + length > MAX_LINE_BYTES) {
			return true;
		}
		line.write(bytes, offset, length);
		return false;
	}

	private void endLine(String origin, long number, ByteArrayOutputStream line, boolean oversized,
			boolean lastWithoutNewline, Consumer<Parsed<T>> accepted, Consumer<Rejection> rejected) {
		if (oversized) {
			rejected.accept(new Rejection(origin, number, "", "line is longer than " + MAX_LINE_BYTES + " bytes"));
		}
		else {
			parseLine(origin, number, line.toByteArray(), lastWithoutNewline, accepted, rejected);
		}
	}

	private void parseLine(String origin, long number, byte[] bytes, boolean lastWithoutNewline,
			Consumer<Parsed<T>> accepted, Consumer<Rejection> rejected) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			rejected.accept(new Rejection(origin, number, "", "line is not valid UTF-8"));
			return;
		}
		if (text.isBlank()) {
			return;
		}
		SourcePosition position = new SourcePosition(origin, number);
		try {
			if (text.strip().charAt(0) != '{') {
				rejected.accept(new Rejection(origin, number, "", "each line must be one JSON object"));
				return;
			}
			accepted.accept(new Parsed<>(this.reader.readValue(text), position));
		}
		catch (JsonMappingException ex) {
			if (endOfInput(ex)) {
				// Parsing straight into the record reports a cut-off line as a mapping
				// problem of whatever field it was in; it is broken JSON.
				rejected.accept(brokenJson(origin, number, ex, lastWithoutNewline));
			}
			else {
				rejected.accept(new Rejection(origin, number, pointer(ex), describe(ex)));
			}
		}
		catch (JsonProcessingException ex) {
			rejected.accept(brokenJson(origin, number, ex, lastWithoutNewline));
		}
	}

	private static boolean endOfInput(JsonMappingException ex) {
		return ex.getCause() instanceof JsonEOFException || (ex instanceof MismatchedInputException
				&& String.valueOf(ex.getOriginalMessage()).contains("end-of-input"));
	}

	private static Rejection brokenJson(String origin, long number, JsonProcessingException ex,
			boolean lastWithoutNewline) {
		String reason = "not valid JSON: " + ex.getOriginalMessage();
		if (lastWithoutNewline) {
			reason += " (the last line has no line break: was the file cut off?)";
		}
		return new Rejection(origin, number, "", reason);
	}

	private static String pointer(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> "/" + ((ref.getFieldName() != null) ? ref.getFieldName() : String.valueOf(ref.getIndex())))
			.collect(Collectors.joining());
	}

	private String describe(JsonMappingException ex) {
		String field = pointer(ex).replaceFirst("^/", "").replace('/', '.');
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "'";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			String allowed = java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
				.map(this::asJson)
				.collect(Collectors.joining(", "));
			return field + " '" + invalid.getValue() + "' is not one of " + allowed;
		}
		return field + ": " + ex.getOriginalMessage();
	}

	/** How a code is written in a file, e.g. DE-BE for {@code FederalState.DE_BE}. */
	private String asJson(Object constant) {
		try {
			return this.mapper.writeValueAsString(constant).replace("\"", "");
		}
		catch (JsonProcessingException ex) {
			return String.valueOf(constant);
		}
	}

}
