package de.netzwerkiq.directory.api.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema field has a handler or a matching record property, and every handler has a
 * schema field: Spring for GraphQL's schema mapping inspection must report nothing.
 */
@ApiIntegrationTest
@Import(SchemaMappingInspectionIntegrationTests.CaptureReport.class)
class SchemaMappingInspectionIntegrationTests {

	@Autowired
	private AtomicReference<SchemaReport> report;

	@Autowired
	private GraphQlSource graphQl;

	@Test
	void schemaAndControllersMatchExactly() {
		SchemaReport report = this.report.get();
		assertThat(report).as("the inspection ran").isNotNull();
		assertThat(report.unmappedFields()).as(report.toString()).isEmpty();
		assertThat(report.unmappedRegistrations()).as(report.toString()).isEmpty();
		assertThat(report.unmappedArguments()).as(report.toString()).isEmpty();
		// Fields resolved by hand-registered data fetchers (localised texts, facets and
		// clusters picked per selection) have no return type the inspection can follow.
		assertThat(report.skippedTypes()).as(report.toString())
			.extracting((type) -> ((graphql.schema.GraphQLNamedType) type.type()).getName())
			.containsOnly("LocalisedText", "Facet", "MapCluster");
	}

	/**
	 * Fields read from the record in hand are marked trivial, so Spring for GraphQL does
	 * not wrap them to capture and restore the request's context on each call (20 titles
	 * and 20 ids on a page).
	 */
	@Test
	void fieldsReadFromTheRecordInHandAreCalledDirectly() {
		GraphQLSchema schema = this.graphQl.schema();
		for (String type : List.of("AdviceCentre", "TrainingOffer", "Curriculum", "StartUpResource")) {
			for (String field : List.of("id", "recordId", "title", "summary", "body")) {
				assertThat(fetcher(schema, type, field)).as(type + "." + field).isInstanceOf(TrivialDataFetcher.class);
			}
		}
		assertThat(fetcher(schema, "TrainingOfferConnection", "facets")).isInstanceOf(TrivialDataFetcher.class);
		assertThat(fetcher(schema, "SearchConnection", "clusters")).isInstanceOf(TrivialDataFetcher.class);
		// A controller method stays wrapped: it may need the request's context.
		assertThat(fetcher(schema, "Query", "trainingOffers")).isNotInstanceOf(TrivialDataFetcher.class);
	}

	private static DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
		GraphQLFieldDefinition definition = schema.getObjectType(type).getFieldDefinition(field);
		return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field), definition);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CaptureReport {

		private final AtomicReference<SchemaReport> report = new AtomicReference<>();

		@Bean
		AtomicReference<SchemaReport> schemaReport() {
			return this.report;
		}

		@Bean
		GraphQlSourceBuilderCustomizer captureSchemaReport() {
			return (builder) -> builder.inspectSchemaMappings(this.report::set);
		}

	}

}
