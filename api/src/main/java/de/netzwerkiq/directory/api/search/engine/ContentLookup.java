package de.netzwerkiq.directory.api.search.engine;

import java.io.IOException;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/** Single records by slug, for detail pages. */
@Service
public class ContentLookup {

	/** Longer than any slug or id validation lets in; such a request cannot match. */
	private static final int MAX_SLUG_LENGTH = 100;

	private final ElasticsearchClient client;

	private final IndexNames names;

	ContentLookup(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.names = names;
	}

	public <D extends ContentDocument> Optional<D> bySlug(ContentKind kind, String slug, Class<D> type) {
		return byField(kind, IndexFields.SLUG, slug, type);
	}

	public <D extends ContentDocument> Optional<D> byId(ContentKind kind, String id, Class<D> type) {
		return byField(kind, IndexFields.ID, id, type);
	}

	private <D extends ContentDocument> Optional<D> byField(ContentKind kind, String field, String value,
			Class<D> type) {
		if (value == null || value.isBlank() || value.length() > MAX_SLUG_LENGTH) {
			return Optional.empty();
		}
		try {
			return this.client
				.search((s) -> s.index(this.names.alias(kind))
					.size(1)
					.trackTotalHits((t) -> t.enabled(false))
					.query((q) -> q.term((t) -> t.field(field).value(value))), type)
				.hits()
				.hits()
				.stream()
				.findFirst()
				.map((hit) -> hit.source());
		}
		catch (IOException | ElasticsearchException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

}
