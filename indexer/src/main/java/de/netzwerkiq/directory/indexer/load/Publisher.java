package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.ContentIndex;
import de.netzwerkiq.directory.indexer.index.IndexNames;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.Rejection;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.validation.Violation;

/**
 * Publishes or withdraws single records in the live index, without a full reindex: for
 * the editor who fixes one phone number at 5 pm. Records are validated exactly as a
 * reindex validates them, the kind's lock is held (so a running reindex cannot swap the
 * edit away), and a change is searchable when the call returns.
 */
public final class Publisher {

	private final ElasticsearchClient client;

	private final ContentIndex index;

	private final ReindexPolicy policy;

	private final ChangeLog changes;

	public Publisher(ElasticsearchClient client, IndexNames names, ReindexPolicy policy) {
		this.client = client;
		this.index = new ContentIndex(client, names);
		this.policy = policy;
		this.changes = new ChangeLog(client, names, policy.changeRetention());
	}

	/**
	 * What a publish did.
	 *
	 * @param kind the kind
	 * @param published ids now in the live index, as given
	 * @param rejections why the other records were not published
	 */
	public record PublishReport(ContentKind kind, List<String> published, List<Rejection> rejections) {

		public String toText() {
			StringBuilder text = new StringBuilder();
			text.append("Published ")
				.append(this.published.size())
				.append(' ')
				.append(this.kind.slug())
				.append(this.published.isEmpty() ? "" : ": " + String.join(", ", this.published))
				.append(System.lineSeparator());
			this.rejections
				.forEach((rejection) -> text.append("  rejected ").append(rejection).append(System.lineSeparator()));
			return text.toString();
		}

	}

	/**
	 * Validates every record of the source and writes the valid ones into the live index.
	 * @throws ReindexLockedException when a reindex of the kind is running
	 * @throws IllegalStateException when the kind has no live index yet
	 */
	public PublishReport publish(ContentKind kind, ContentSource source) throws IOException {
		try (KindLock lock = KindLock.acquire(this.client, this.index.names(), kind, "publish from " + source.name(),
				this.policy.lockTtl())) {
			return publish(ContentPipeline.forKind(kind), source);
		}
	}

	private <R extends SourceRecord, D extends ContentDocument> PublishReport publish(ContentPipeline<R, D> pipeline,
			ContentSource source) throws IOException {
		ContentKind kind = pipeline.kind();
		String live = liveIndex(kind);
		List<String> published = new ArrayList<>();
		ChangeLog.Batch changed = this.changes.begin(kind, "publish");
		ValidatedSource<R, D> validated = new ValidatedSource<>(pipeline, (record) -> slugTakenByAnother(live, record));
		validated.read(source, (record, document, position) -> {
			if (isChange(live, pipeline.documentType(), document)) {
				// Logged before the write, counted in after it: see ChangeLog.
				logged(changed, record.id());
			}
			write(live, record.id(), document);
			published.add(record.id());
		});
		changed.commit(live);
		return new PublishReport(kind, List.copyOf(published), validated.rejections());
	}

	/**
	 * Removes one record from the live index.
	 * @return whether it was there
	 */
	public boolean unpublish(ContentKind kind, String id) throws IOException {
		try (KindLock lock = KindLock.acquire(this.client, this.index.names(), kind, "unpublish " + id,
				this.policy.lockTtl())) {
			String live = liveIndex(kind);
			if (!this.client.exists((e) -> e.index(live).id(id)).value()) {
				return false;
			}
			ChangeLog.Batch changed = this.changes.begin(kind, "unpublish");
			logged(changed, id);
			boolean deleted = this.client.delete((d) -> d.index(live).id(id).refresh(Refresh.WaitFor))
				.result() == Result.Deleted;
			changed.commit(live);
			return deleted;
		}
	}

	/**
	 * Whether the document differs from the live one by {@link ContentDigest}:
	 * republishing a record as it is, or with only its line moved, is no change for sync.
	 */
	private <D extends ContentDocument> boolean isChange(String live, Class<D> type, D document) {
		try {
			var existing = this.client.get((g) -> g.index(live).id(document.id()), type);
			return !existing.found() || ContentDigest.of(existing.source()) != ContentDigest.of(document);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void logged(ChangeLog.Batch changed, String id) {
		try {
			changed.changed(id);
			changed.flush();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String liveIndex(ContentKind kind) {
		return this.index.live(kind)
			.orElseThrow(() -> new PublishingException(
					"There is no live " + kind.slug() + " index yet; run a full reindex first"));
	}

	/**
	 * A slug must stay unique across the live index, not only within the published file.
	 */
	private java.util.Optional<Violation> slugTakenByAnother(String live, SourceRecord record) {
		try {
			var hits = this.client.search((s) -> s.index(live)
				.size(1)
				.source((src) -> src.filter((f) -> f.includes("id")))
				.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("slug").value(record.slug())))
					.mustNot((m) -> m.ids((i) -> i.values(record.id()))))), Map.class)
				.hits()
				.hits();
			return hits.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Violation("/slug",
					"slug '" + record.slug() + "' is already used by the live record '" + hits.get(0).id() + "'"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void write(String live, String id, Object document) {
		try {
			this.client.index((i) -> i.index(live).id(id).document(document).refresh(Refresh.WaitFor));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
