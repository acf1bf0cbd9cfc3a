package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;

/**
 * The records of a kind as they are live, read whole and in id order: what sync and
 * export hand to apps that keep a copy. Elasticsearch refusals come as
 * {@link IndexOperationException}, an unreachable cluster as {@link IOException}.
 */
public final class LiveRecords {

	private static final int EXPORT_PAGE = 500;

	/** Between two pages of an export; a slow reader may take this long per page. */
	private static final String KEEP_ALIVE = "2m";

	private final ElasticsearchClient client;

	private final IndexNames names;

	private final ContentIndex index;

	public LiveRecords(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.names = names;
		this.index = new ContentIndex(client, names);
	}

	/** The kind's live index version, if any. */
	public Optional<String> live(ContentKind kind) {
		return this.index.live(kind);
	}

	/**
	 * Up to {@code size} records of one version of the kind after the given id, in id
	 * order; empty when the version is no longer kept (or is not one of the kind's).
	 */
	public Optional<List<ContentDocument>> page(ContentKind kind, String version, String afterId, int size)
			throws IOException {
		if (!this.names.isVersionOf(kind, version)) {
			return Optional.empty();
		}
		try {
			return Optional.of(List.copyOf(page(this.client, version, documentType(kind), afterId, size)));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/**
	 * The live records among these ids, in the order given; ids not live are left out.
	 */
	public List<ContentDocument> byIds(ContentKind kind, List<String> ids) throws IOException {
		if (ids.isEmpty()) {
			return List.of();
		}
		try {
			List<ContentDocument> found = new ArrayList<>();
			this.client.mget((m) -> m.index(this.names.alias(kind)).ids(ids), documentType(kind))
				.docs()
				.forEach((doc) -> {
					if (doc.isResult() && doc.result().found()) {
						found.add(doc.result().source());
					}
				});
			return found;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return List.of();
			}
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/** What an export hands each record to. */
	@FunctionalInterface
	public interface RecordSink {

		void accept(ContentDocument record) throws IOException;

	}

	/**
	 * Every record of one version of the kind, in id order, from a point-in-time snapshot
	 * (a publish while the export runs is not half in it), a page at a time, so memory
	 * stays flat however many records there are.
	 * @return how many records were handed on
	 */
	public long each(ContentKind kind, String version, RecordSink sink) throws IOException {
		if (!this.names.isVersionOf(kind, version)) {
			throw new IllegalArgumentException(version + " is not a version of " + kind.slug());
		}
		Class<? extends ContentDocument> type = documentType(kind);
		try {
			String pit = this.client.openPointInTime((p) -> p.index(version).keepAlive((t) -> t.time(KEEP_ALIVE))).id();
			try {
				long count = 0;
				List<FieldValue> after = List.of();
				while (true) {
					List<FieldValue> from = after;
					List<? extends Hit<? extends ContentDocument>> hits = this.client.search((s) -> {
						s.pit((p) -> p.id(pit).keepAlive((t) -> t.time(KEEP_ALIVE)))
							.size(EXPORT_PAGE)
							.trackTotalHits((t) -> t.enabled(false))
							.sort((o) -> o.field((f) -> f.field(IndexFields.ID).order(SortOrder.Asc)));
						return from.isEmpty() ? s : s.searchAfter(from);
					}, type).hits().hits();
					for (Hit<? extends ContentDocument> hit : hits) {
						sink.accept(hit.source());
						count++;
					}
					if (hits.size() < EXPORT_PAGE) {
						return count;
					}
					after = hits.get(hits.size() - 1).sort();
				}
			}
			finally {
				this.client.closePointInTime((c) -> c.id(pit));
			}
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	/** Records of an index after the given id, in id order. */
	static <D extends ContentDocument> List<D> page(ElasticsearchClient client, String index, Class<D> type,
			String afterId, int size) throws IOException {
		return client.search((s) -> {
			s.index(index)
				.size(size)
				.trackTotalHits((t) -> t.enabled(false))
				.sort((o) -> o.field((f) -> f.field(IndexFields.ID).order(SortOrder.Asc)));
			return (afterId == null) ? s : s.searchAfter(FieldValue.of(afterId));
		}, type).hits().hits().stream().map(Hit::source).toList();
	}

	private static Class<? extends ContentDocument> documentType(ContentKind kind) {
		return ContentPipeline.forKind(kind).documentType();
	}

}
