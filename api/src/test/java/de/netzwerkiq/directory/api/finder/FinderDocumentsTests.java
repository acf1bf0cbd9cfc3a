package de.netzwerkiq.directory.api.finder;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference finder's GraphQL documents are files, checked here against
 * {@code schema.graphqls}: a schema change that breaks the reference client fails the
 * build.
 */
class FinderDocumentsTests {

	@Test
	void everyDocumentOfTheFinderIsValidAgainstTheSchema() throws IOException {
		GraphQLSchema schema;
		try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/graphql/schema.graphqls"),
				StandardCharsets.UTF_8)) {
			schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(reader));
		}
		Resource[] documents = new PathMatchingResourcePatternResolver()
			.getResources("classpath:static/finder/documents/*.graphql");
		assertThat(documents).as("the finder's documents").hasSizeGreaterThanOrEqualTo(4);
		for (Resource resource : documents) {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			Document document = Parser.parse(text);
			List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
			assertThat(errors).as(resource.getFilename()).isEmpty();
			assertThat(document.getDefinitionsOfType(OperationDefinition.class)).as(resource.getFilename())
				.singleElement()
				.satisfies((operation) -> assertThat(operation.getName()).isNotBlank());
		}
	}

}
