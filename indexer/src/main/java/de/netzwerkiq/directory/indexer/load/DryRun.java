package de.netzwerkiq.directory.indexer.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.Rejection;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

/**
 * What a reindex would change, without writing anything: the source read and validated
 * exactly as a reindex reads it, compared with the live index record by record. A record
 * counts as changed when its document differs in anything but where it came from (a line
 * moved in the file is not a change).
 */
public final class DryRun {

	private static final int PAGE = 1000;

	private DryRun() {
	}

	/**
	 * What a dry run found.
	 *
	 * @param kind the kind
	 * @param source the source read
	 * @param liveIndex the index compared with, or null when there is none
	 * @param records records read
	 * @param valid records that would be indexed
	 * @param rejections every record that would be rejected
	 * @param added ids that are not live yet
	 * @param changed ids whose document would change
	 * @param removed live ids the source no longer has
	 * @param wouldSwap whether a reindex would pass its checks (the smoke query aside)
	 * @param decision why
	 */
	public record Report(ContentKind kind, String source, String liveIndex, long records, long valid,
			List<Rejection> rejections, List<String> added, List<String> changed, List<String> removed,
			boolean wouldSwap, String decision) {

		/** Shown per list in the text; the JSON report has them all. */
		static final int SHOWN = 20;

		public String toText() {
			StringBuilder text = new StringBuilder();
			text.append(
					String.format(Locale.ROOT, "Dry run of %s from %s against %s: %d records, %d valid, %d rejected%n",
							this.kind.slug(), this.source, (this.liveIndex != null) ? this.liveIndex : "no live index",
							this.records, this.valid, this.records - this.valid));
			list(text, "added", this.added);
			list(text, "changed", this.changed);
			list(text, "removed", this.removed);
			text.append(this.wouldSwap ? "Would swap: " : "Would NOT swap: ")
				.append(this.decision)
				.append(System.lineSeparator());
			this.rejections
				.forEach((rejection) -> text.append("  rejected ").append(rejection).append(System.lineSeparator()));
			return text.toString();
		}

		private static void list(StringBuilder text, String what, List<String> ids) {
			text.append(String.format(Locale.ROOT, "  %-8s %6d", what, ids.size()));
			if (!ids.isEmpty()) {
				text.append("  ").append(String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size()))));
				if (ids.size() > SHOWN) {
					text.append(", … (").append(ids.size() - SHOWN).append(" more)");
				}
			}
			text.append(System.lineSeparator());
		}

	}

	static <R extends SourceRecord, D extends ContentDocument> Report run(ElasticsearchClient client,
			ContentPipeline<R, D> pipeline, Optional<String> live, ContentSource source, ReindexPolicy policy)
			throws IOException {
		Map<String, Long> liveDigests = new HashMap<>();
		if (live.isPresent()) {
			scan(client, live.get(), pipeline.documentType(), liveDigests);
		}
		TreeSet<String> added = new TreeSet<>();
		TreeSet<String> changed = new TreeSet<>();
		TreeSet<String> seen = new TreeSet<>();
		long[] valid = { 0 };
		ValidatedSource<R, D> validated = new ValidatedSource<>(pipeline);
		validated.read(source, (record, document, position) -> {
			valid[0]++;
			seen.add(record.id());
			Long before = liveDigests.get(record.id());
			if (before == null) {
				added.add(record.id());
			}
			else if (before != ContentDigest.of(document)) {
				changed.add(record.id());
			}
		});
		List<String> removed = liveDigests.keySet().stream().filter((id) -> !seen.contains(id)).sorted().toList();
		long liveCount = liveDigests.size();
		double drop = (liveCount == 0) ? 0 : Math.max(0, (double) (liveCount - valid[0]) / liveCount);
		boolean wouldSwap;
		String decision;
		if (valid[0] == 0) {
			wouldSwap = false;
			decision = "the new index would be empty";
		}
		else if (validated.rejectedShare() > policy.maxRejectedShare()) {
			wouldSwap = false;
			decision = String.format(Locale.ROOT, "%.1f %% of records would be rejected, more than the %.1f %% allowed",
					validated.rejectedShare() * 100, policy.maxRejectedShare() * 100);
		}
		else if (drop > policy.maxCountDrop()) {
			wouldSwap = false;
			decision = String.format(Locale.ROOT,
					"%d documents would be %.1f %% fewer than the live index's %d; more than the %.1f %% drop allowed",
					valid[0], drop * 100, liveCount, policy.maxCountDrop() * 100);
		}
		else {
			wouldSwap = true;
			decision = String.format(Locale.ROOT, "%.1f %% rejected (%.1f %% allowed), %d documents against %d live",
					validated.rejectedShare() * 100, policy.maxRejectedShare() * 100, valid[0], liveCount);
		}
		return new Report(pipeline.kind(), source.name(), live.orElse(null), validated.records(), valid[0],
				validated.rejections(), List.copyOf(added), List.copyOf(changed), removed, wouldSwap, decision);
	}

	/** Every live document's digest, page by page in id order. */
	private static <D extends ContentDocument> void scan(ElasticsearchClient client, String index, Class<D> type,
			Map<String, Long> digests) throws IOException {
		List<FieldValue> after = new ArrayList<>();
		while (true) {
			List<FieldValue> from = List.copyOf(after);
			List<Hit<D>> hits = client.search((s) -> {
				s.index(index).size(PAGE).sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
				return from.isEmpty() ? s : s.searchAfter(from);
			}, type).hits().hits();
			for (Hit<D> hit : hits) {
				digests.put(hit.source().id(), ContentDigest.of(hit.source()));
			}
			if (hits.size() < PAGE) {
				return;
			}
			after = hits.get(hits.size() - 1).sort();
		}
	}

}
