package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;

import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A first page while a kind has no index yet (the embedded default still loading its
 * sample, a cluster never indexed) is "unavailable, retry", not a cursor error: found
 * when a search right after start answered "This cursor has expired" without any cursor.
 */
@ApiIntegrationTest
class ContentNotLoadedIntegrationTests {

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private ElasticsearchProperties properties;

	@Test
	void aFirstPageWithoutAnIndexIsUnavailableNotAnExpiredCursor() {
		ContentSearch search = new ContentSearch(this.client, new IndexNames("never-loaded"), this.properties);
		SearchSpec spec = new SearchSpec(List.of(ContentKind.ADVICE_CENTRES), null, OccupationText.NONE, null, null,
				null, false, Map.of(), List.of(), SearchSort.NEWEST, 10, null, List.of(), Set.of(), false, false, null,
				Instant.now());
		assertThatThrownBy(() -> search.search(spec)).isInstanceOf(SearchUnavailableException.class)
			.hasMessageContaining("retry");
	}

}
