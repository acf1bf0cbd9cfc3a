package de.netzwerkiq.directory.api.search.engine;

import java.io.IOException;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.context.ApplicationContext;

import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * A real {@link ContentSearch} whose client hands every search request it sends to a
 * consumer before sending it: for tests and benchmarks that need the exact request the
 * engine builds (query, timeout, {@code _source}, aggregations) without writing it out.
 */
public final class RecordingContentSearch {

	private RecordingContentSearch() {
	}

	/**
	 * @param client the application's client; requests go through its transport and
	 * options
	 * @param sent receives each search request before it is sent
	 */
	public static ContentSearch of(ElasticsearchClient client, IndexNames names, ElasticsearchProperties properties,
			Consumer<SearchRequest> sent) {
		return of(client, names, properties, new Cursors(new CursorProperties(null)), sent);
	}

	/**
	 * As above, signing cursors with the running application's key, so that a cursor read
	 * from a recorded page can be sent to the API.
	 */
	public static ContentSearch of(ElasticsearchClient client, IndexNames names, ElasticsearchProperties properties,
			ApplicationContext application, Consumer<SearchRequest> sent) {
		return of(client, names, properties, application.getBean(Cursors.class), sent);
	}

	private static ContentSearch of(ElasticsearchClient client, IndexNames names, ElasticsearchProperties properties,
			Cursors cursors, Consumer<SearchRequest> sent) {
		ElasticsearchClient recording = new ElasticsearchClient(client._transport(), client._transportOptions()) {

			@Override
			public <T> SearchResponse<T> search(SearchRequest request, Class<T> type) throws IOException {
				sent.accept(request);
				return super.search(request, type);
			}

		};
		return new ContentSearch(recording, names, properties, cursors);
	}

}
