package de.netzwerkiq.directory.indexer.source;

import java.io.BufferedInputStream;
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
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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

	private final Class<T> type;

	public NdjsonReader(ObjectMapper mapper, Class<T> type) {
		this.mapper = mapper;
		this.type = type;
	}

	/** A parsed record and where it was. */
	public record Parsed<T>(T value, SourcePosition position) {

	}

	public void read(ContentSource source, Consumer<Parsed<T>> accepted, Consumer<Rejection> rejected)
			throws IOException {
		try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
			ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
			long number = 0;
			boolean oversized = false;
			for (int b = in.read();; b = in.read()) {
				if (b == '\n' || b == -1) {
					boolean lastWithoutNewline = (b == -1);
					if (b == -1 && line.size() == 0 && !oversized) {
						return;
					}
					number++;
					if (oversized) {
						rejected.accept(new Rejection(source.name(), number, "",
								"line is longer than " + MAX_LINE_BYTES + " bytes"));
					}
					else {
						parseLine(source.name(), number, line.toByteArray(), lastWithoutNewline, accepted, rejected);
					}
					line.reset();
					oversized = false;
					if (b == -1) {
						return;
					}
				}
				else if (line.size() < MAX_LINE_BYTES) {
					line.write(b);
				}
				else {
					oversized = true;
				}
			}
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
			JsonNode node = this.mapper.readTree(text);
			if (node == null || !node.isObject()) {
				rejected.accept(new Rejection(origin, number, "", "each line must be one JSON object"));
				return;
			}
			accepted.accept(new Parsed<>(this.mapper.treeToValue(node, this.type), position));
		}
		catch (JsonMappingException ex) {
			rejected.accept(new Rejection(origin, number, pointer(ex), describe(ex)));
		}
		catch (JsonProcessingException ex) {
			String reason = "not valid JSON: " + ex.getOriginalMessage();
			if (lastWithoutNewline) {
				reason += " (the last line has no line break: was the file cut off?)";
			}
			rejected.accept(new Rejection(origin, number, "", reason));
		}
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
