package de.netzwerkiq.directory.api.graphql;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import graphql.language.DescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;

import de.netzwerkiq.directory.api.publishing.ReindexStatus;
import de.netzwerkiq.directory.indexer.content.Accessibility;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.CefrLevel;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Funding;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract in schema.graphqls: documented throughout, code lists equal to the Java
 * ones.
 */
class SchemaContractTests {

	private static final TypeDefinitionRegistry SCHEMA = parse();

	@ParameterizedTest
	@ValueSource(classes = { FederalState.class, Topic.class, TargetGroup.class, DeliveryMode.class, CourseFormat.class,
			CefrLevel.class, OfferType.class, RecognitionGoal.class, Funding.class, Accessibility.class,
			ResourceType.class, MaterialFormat.class, Licence.class, DayOfWeek.class, ContentKind.class,
			ReindexStatus.class })
	void enumsHaveExactlyTheValuesOfTheirJavaCodeList(Class<? extends Enum<?>> codeList) {
		EnumTypeDefinition definition = SCHEMA.getType(codeList.getSimpleName(), EnumTypeDefinition.class)
			.orElseThrow();
		assertThat(definition.getEnumValueDefinitions()).extracting(EnumValueDefinition::getName)
			.containsExactlyElementsOf(Arrays.stream(codeList.getEnumConstants()).map(Enum::name).toList());
	}

	@Test
	void everyTypeFieldArgumentAndValueIsDocumented() {
		List<String> undocumented = new ArrayList<>();
		for (var type : SCHEMA.types().values()) {
			if (type instanceof DescribedNode<?> described && described.getDescription() == null) {
				undocumented.add(type.getName());
			}
			if (type instanceof ObjectTypeDefinition object) {
				for (FieldDefinition field : object.getFieldDefinitions()) {
					if (field.getDescription() == null) {
						undocumented.add(type.getName() + "." + field.getName());
					}
					for (InputValueDefinition argument : field.getInputValueDefinitions()) {
						if (argument.getDescription() == null) {
							undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
						}
					}
				}
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions()
					.stream()
					.filter((value) -> value.getDescription() == null)
					.forEach((value) -> undocumented.add(type.getName() + "." + value.getName()));
			}
			if (type instanceof EnumTypeDefinition enumType) {
				enumType.getEnumValueDefinitions()
					.stream()
					.filter((value) -> value.getDescription() == null)
					.forEach((value) -> undocumented.add(type.getName() + "." + value.getName()));
			}
		}
		assertThat(undocumented).isEmpty();
	}

	private static TypeDefinitionRegistry parse() {
		try (Reader reader = new InputStreamReader(
				SchemaContractTests.class.getClassLoader().getResourceAsStream("graphql/schema.graphqls"),
				StandardCharsets.UTF_8)) {
			return new SchemaParser().parse(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
