package de.netzwerkiq.directory.api.search.engine;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;

import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.search.SearchSort;
import de.netzwerkiq.directory.api.search.SearchSpec;
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
		ContentSearch search = new ContentSearch(this.client, new IndexNames("never-loaded"), this.properties,
				new Cursors(new CursorProperties(null)));
		SearchSpec spec = SearchSpec.builder(List.of(ContentKind.ADVICE_CENTRES))
			.sort(SearchSort.NEWEST)
			.page(10, null)
			.build();
		assertThatThrownBy(() -> search.search(spec)).isInstanceOf(SearchUnavailableException.class)
			.hasMessageContaining("retry");
	}

}
