package de.netzwerkiq.directory.indexer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.load.ContentPipeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' JSON Schemas in {@code schemas/} are generated from the source records and
 * code lists, so they cannot drift from what the reader accepts. Run with
 * {@code -Dschemas.update=true} to rewrite them after changing a record or a code list.
 */
class SourceSchemaTests {

	private static final Path SCHEMAS = Path.of("..", "schemas");

	private static final ObjectMapper JSON = ContentJson.objectMapper();

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void committedSchemaIsGeneratedFromTheSourceRecord(ContentKind kind) throws IOException {
		String generated = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generate(kind)) + "\n";
		Path file = SCHEMAS.resolve(kind.slug() + ".schema.json");
		if (Boolean.getBoolean("schemas.update")) {
			Files.createDirectories(SCHEMAS);
			Files.writeString(file, generated);
		}
		assertThat(file).as("%s is out of date; run this test with -Dschemas.update=true", file).exists();
		assertThat(Files.readString(file)).as("%s is out of date; run this test with -Dschemas.update=true", file)
			.isEqualTo(generated);
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void everyBundledSampleRecordMatchesTheSchema(ContentKind kind) throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(Files.readString(SCHEMAS.resolve(kind.slug() + ".schema.json")));
		List<String> failures = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				getClass().getClassLoader().getResourceAsStream("sample-content/" + kind.fileName()),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				Set<ValidationMessage> messages = schema.validate(JSON.readTree(line));
				messages.forEach((message) -> failures.add(message.toString()));
			}
		}
		assertThat(failures).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void schemaRejectsUnknownFieldsCodesAndLanguages(ContentKind kind) throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(Files.readString(SCHEMAS.resolve(kind.slug() + ".schema.json")));
		assertThat(schema.validate(JSON.readTree("{\"titel\": {}}"))).isNotEmpty();
		assertThat(schema.validate(JSON.readTree("{\"topics\": [\"RECOGNISION\"]}"))).isNotEmpty();
		assertThat(schema.validate(JSON.readTree("{\"federalStates\": [\"DE_BE\"]}"))).isNotEmpty();
		assertThat(schema.validate(JSON.readTree("{\"title\": {\"xx\": \"?\"}}"))).isNotEmpty();
		assertThat(schema.validate(JSON.readTree("{\"federalStates\": [\"DE-BE\"], \"title\": {\"de\": \"Titel\"}}")))
			.isEmpty();
	}

	static JsonNode generate(ContentKind kind) {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12,
				OptionPreset.PLAIN_JSON)
			.with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
					Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.INLINE_ALL_SCHEMAS);
		// Localised texts are keyed by content language.
		config.forFields().withInstanceAttributeOverride((attributes, field, context) -> {
			if (field.getType().isInstanceOf(Map.class)) {
				ArrayNode languages = attributes.putObject("propertyNames").putArray("enum");
				Arrays.stream(ContentLanguage.values()).map(ContentLanguage::code).forEach(languages::add);
			}
		});
		ObjectNode schema = new SchemaGenerator(config.build())
			.generateSchema(ContentPipeline.forKind(kind).recordType());
		ObjectNode described = JSON.createObjectNode();
		described.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		described.put("$id", "https://netzwerk-iq.de/directory/schemas/" + kind.slug() + ".schema.json");
		described.put("title", "IQ Directory " + kind.slug() + " source record");
		described.put("description", "One line of " + kind.fileName()
				+ ". Generated from the indexer's source record; the indexer's validation adds the rules a schema cannot express (required fields per kind, dates in order, known occupation codes, coordinates in Germany). See README.md.");
		schema.remove("$schema");
		described.setAll(schema);
		return described;
	}

}
