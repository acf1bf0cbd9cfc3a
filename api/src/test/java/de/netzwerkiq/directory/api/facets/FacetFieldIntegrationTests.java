package de.netzwerkiq.directory.api.facets;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every facet names, per kind, a field that the live index maps as something
 * Elasticsearch can count exactly (keyword or boolean), so a renamed field in the one
 * mapping definition fails here instead of silently returning empty facets.
 */
@ApiIntegrationTest
class FacetFieldIntegrationTests {

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private IndexNames names;

	@Test
	void everyFacetCountsAKeywordOrBooleanFieldOfTheLiveIndex() throws IOException {
		for (ContentKind kind : ContentKind.values()) {
			String alias = this.names.alias(kind);
			Map<String, Property> properties = this.client.indices()
				.getMapping((m) -> m.index(alias))
				.result()
				.values()
				.iterator()
				.next()
				.mappings()
				.properties();
			for (FacetField facet : FacetField.values()) {
				facet.field(kind).ifPresent((field) -> {
					Property property = properties.get(field);
					assertThat(property).as("%s field %s in %s", facet, field, alias).isNotNull();
					assertThat(property.isKeyword() || property.isBoolean())
						.as("%s field %s in %s is %s", facet, field, alias, property._kind())
						.isTrue();
				});
			}
		}
	}

	@Test
	void everyKindHasTheFacetsOfItsFilters() {
		assertThat(FacetField.of(java.util.List.of(ContentKind.TRAINING_OFFERS))).contains(FacetField.OCCUPATION,
				FacetField.RECOGNITION_GOAL, FacetField.ENTRY_LEVEL, FacetField.TARGET_LEVEL, FacetField.FORMAT,
				FacetField.FUNDING, FacetField.FREE_OF_CHARGE, FacetField.LANGUAGE);
		assertThat(FacetField.of(java.util.List.of(ContentKind.ADVICE_CENTRES))).contains(FacetField.DELIVERY_MODE,
				FacetField.ACCESSIBILITY, FacetField.LANGUAGE, FacetField.FREE_OF_CHARGE, FacetField.TOPIC);
		assertThat(FacetField.of(java.util.List.of(ContentKind.values()))).contains(FacetField.KIND);
	}

}
