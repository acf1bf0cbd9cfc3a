package de.netzwerkiq.directory.indexer.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
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

	private BiConsumer<Long, byte[]> unbound = (line, bytes) -> {
	};

	public NdjsonReader(ObjectMapper mapper, Class<T> type) {
		this.mapper = mapper;
		// Trailing content after the object ("{...} x") is an error, not silently
		// dropped.
		this.reader = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * Also hands over each line that is well-formed JSON but no valid record (an unknown
	 * field, a code not in the list), by number, before it is reported as rejected.
	 */
	public NdjsonReader<T> onUnbound(BiConsumer<Long, byte[]> unbound) {
		this.unbound = unbound;
		return this;
	}

	/** A parsed record and where it was. */
	public record Parsed<T>(T value, SourcePosition position) {

	}

	public void read(ContentSource source, Consumer<Parsed<T>> accepted, Consumer<Rejection> rejected)
			throws IOException {
		read(source, (line) -> true, accepted, rejected);
	}

	/**
	 * Reads only the lines (numbered from 1) the filter takes; the others are skipped
	 * unparsed. It is asked about every line, in order.
	 */
	public void read(ContentSource source, LongPredicate lines, Consumer<Parsed<T>> accepted,
			Consumer<Rejection> rejected) throws IOException {
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
						if (lines.test(number)) {
							endLine(source.name(), number, line, oversized, false, accepted, rejected);
						}
						line.reset();
						oversized = false;
						start = i + 1;
					}
				}
				oversized = append(line, buffer, start, read - start, oversized);
			}
			if ((line.size() > 0 || oversized) && lines.test(number + 1)) {
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
		int first = firstNonWhitespace(bytes);
		if (first < 0) {
			return;
		}
		// Jackson parses the bytes and checks the UTF-8 of what it reads, which is
		// cheaper than decoding each line to a String first (a quarter of the reading
		// time went there). It lets a few ill-formed sequences through, so lines that
		// may hold one are checked strictly; so is any line it refuses, to say why.
		if (mayBeIllFormed(bytes) && !validUtf8(bytes)) {
			rejected.accept(notUtf8(origin, number));
			return;
		}
		if (bytes[first] != '{') {
			rejected.accept(validUtf8(bytes) ? new Rejection(origin, number, "", "each line must be one JSON object")
					: notUtf8(origin, number));
			return;
		}
		SourcePosition position = new SourcePosition(origin, number);
		try {
			accepted.accept(new Parsed<>(this.reader.readValue(bytes), position));
		}
		catch (JsonMappingException ex) {
			if (!validUtf8(bytes)) {
				rejected.accept(notUtf8(origin, number));
			}
			else if (endOfInput(ex)) {
				// Parsing straight into the record reports a cut-off line as a mapping
				// problem of whatever field it was in; it is broken JSON.
				rejected.accept(brokenJson(origin, number, ex, lastWithoutNewline));
			}
			else {
				this.unbound.accept(number, bytes);
				rejected.accept(new Rejection(origin, number, pointer(ex), describe(ex)));
			}
		}
		catch (JsonProcessingException ex) {
			rejected.accept(
					validUtf8(bytes) ? brokenJson(origin, number, ex, lastWithoutNewline) : notUtf8(origin, number));
		}
		catch (IOException ex) {
			// Reading from a byte array does no I/O.
			throw new UncheckedIOException(ex);
		}
	}

	/** The index of the first byte that is not JSON whitespace; -1 for a blank line. */
	private static int firstNonWhitespace(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x0B) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether the line has a lead byte of a sequence Jackson may accept although it is
	 * ill-formed: overlong (C0, C1, E0, F0), a surrogate (ED) or beyond U+10FFFF (F4 to
	 * FF). The content languages' scripts never need them, bar emoji (F0).
	 */
	private static boolean mayBeIllFormed(byte[] bytes) {
		for (byte b : bytes) {
			int unsigned = b & 0xFF;
			if (unsigned == 0xC0 || unsigned == 0xC1 || unsigned == 0xE0 || unsigned == 0xED || unsigned >= 0xF0) {
				return true;
			}
		}
		return false;
	}

	private static boolean validUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static Rejection notUtf8(String origin, long number) {
		return new Rejection(origin, number, "", "line is not valid UTF-8");
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
