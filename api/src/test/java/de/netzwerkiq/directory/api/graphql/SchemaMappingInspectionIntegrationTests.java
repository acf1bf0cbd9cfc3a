package de.netzwerkiq.directory.api.graphql;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
