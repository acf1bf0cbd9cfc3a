package de.netzwerkiq.directory.api.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.netzwerkiq.directory.api.content.ContentTypes;
import de.netzwerkiq.directory.indexer.content.ContentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches read only the selected fields from {@code _source}, by their schema names: a
 * schema field of a content type named unlike any document property would come back
 * empty. This keeps the names in step.
 */
class SourceFieldsTests {

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void everySchemaFieldOfAContentTypeIsADocumentPropertyOrMapped(ContentKind kind) throws IOException {
		TypeDefinitionRegistry schema;
		try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/graphql/schema.graphqls"),
				StandardCharsets.UTF_8)) {
			schema = new SchemaParser().parse(reader);
		}
		Class<?> document = ContentTypes.documentType(kind);
		ObjectTypeDefinition type = schema.getType(document.getSimpleName(), ObjectTypeDefinition.class).orElseThrow();
		Set<String> properties = Arrays.stream(document.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet());
		List<String> unknown = type.getFieldDefinitions()
			.stream()
			.map(FieldDefinition::getName)
			.filter((name) -> !properties.contains(name) && !SourceFields.derived().contains(name))
			.toList();
		assertThat(unknown).as("fields of %s that SourceFields would not read", type.getName()).isEmpty();
	}

}
