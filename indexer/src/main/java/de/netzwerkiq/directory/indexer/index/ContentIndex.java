package de.netzwerkiq.directory.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * Versioned indices of each kind and the alias in front of them. The alias is only ever
 * moved in one atomic update, so searches see either the old or the new index, never
 * none.
 */
public final class ContentIndex {

	private static final Logger log = LoggerFactory.getLogger(ContentIndex.class);

	private final ElasticsearchClient client;

	private final IndexNames names;

	private volatile TextAnalysis analysis;

	public ContentIndex(ElasticsearchClient client, IndexNames names) {
		this.client = client;
		this.names = names;
	}

	/** What the cluster offers for text analysis; probed once, on first use. */
	public TextAnalysis analysis() {
		TextAnalysis probed = this.analysis;
		if (probed == null) {
			probed = call(() -> TextAnalysis.probe(this.client));
			log.info("Text analysis for new indices: {}", probed);
			this.analysis = probed;
		}
		return probed;
	}

	public IndexNames names() {
		return this.names;
	}

	/** Creates an empty versioned index with the kind's mapping. */
	public String createVersion(ContentKind kind) {
		String index = this.names.newVersion(kind, Instant.now());
		call(() -> this.client.indices()
			.create((c) -> c.index(index)
				// No periodic refresh while loading; finishLoad turns it back on.
				.settings((s) -> s.numberOfShards("1").autoExpandReplicas("0-1").refreshInterval((t) -> t.time("-1")))
				.mappings(IndexDefinitions.mapping(kind, analysis()))));
		return index;
	}

	/**
	 * Back to the default refresh interval, so single-record publishes become visible.
	 */
	public void finishLoad(String index) {
		call(() -> this.client.indices()
			.putSettings((p) -> p.index(index).settings((s) -> s.refreshInterval((t) -> t.time("1s")))));
	}

	/** Makes everything written so far searchable. */
	public void refresh(String index) {
		call(() -> this.client.indices().refresh((r) -> r.index(index)));
	}

	public long count(String index) {
		return call(() -> this.client.count((c) -> c.index(index)).count());
	}

	/** The index the kind's alias points at, if any. */
	public Optional<String> live(ContentKind kind) {
		String alias = this.names.alias(kind);
		boolean exists = call(() -> this.client.indices().existsAlias((e) -> e.name(alias)).value());
		if (!exists) {
			return Optional.empty();
		}
		return call(() -> this.client.indices().getAlias((g) -> g.name(alias))).result().keySet().stream().findFirst();
	}

	/**
	 * Points the alias at {@code index} and away from every other index, and adds it to
	 * the published versions, in one atomic update.
	 */
	public void swapAlias(ContentKind kind, String index) {
		String alias = this.names.alias(kind);
		Optional<String> previous = live(kind);
		call(() -> this.client.indices().updateAliases((u) -> {
			previous.filter((old) -> !old.equals(index))
				.ifPresent((old) -> u.actions(Action.of((a) -> a.remove((r) -> r.index(old).alias(alias)))));
			u.actions(Action.of((a) -> a.add((ad) -> ad.index(index).alias(this.names.published(kind)))));
			return u.actions(Action.of((a) -> a.add((ad) -> ad.index(index).alias(alias))));
		}));
		log.info("Alias {} now points at {} (was {})", alias, index, previous.orElse("nothing"));
	}

	/** Versions that were live at some time and are kept, newest first. */
	public List<String> published(ContentKind kind) {
		String alias = this.names.published(kind);
		boolean exists = call(() -> this.client.indices().existsAlias((e) -> e.name(alias)).value());
		if (!exists) {
			return List.of();
		}
		return call(() -> this.client.indices().getAlias((g) -> g.name(alias))).result()
			.keySet()
			.stream()
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/**
	 * The newest published version older than the live one: what a rollback goes back to.
	 */
	public Optional<String> previous(ContentKind kind) {
		Optional<String> live = live(kind);
		return published(kind).stream()
			.filter((index) -> live.map((l) -> index.compareTo(l) < 0).orElse(false))
			.findFirst();
	}

	/**
	 * Deletes versions that were never published: left by runs that failed, were refused
	 * or were killed. Only call this while holding the kind's lock, or it could delete
	 * the index a running reindex is writing.
	 */
	public List<String> removeOrphans(ContentKind kind) {
		List<String> published = published(kind);
		Optional<String> live = live(kind);
		List<String> orphans = versions(kind).stream()
			.filter((index) -> !published.contains(index))
			.filter((index) -> live.map((l) -> !l.equals(index)).orElse(true))
			.toList();
		orphans.forEach(this::delete);
		if (!orphans.isEmpty()) {
			log.info("Removed {} orphan {} index(es) of failed or interrupted runs: {}", orphans.size(), kind.slug(),
					orphans);
		}
		return orphans;
	}

	/** Versioned indices of the kind, newest first. */
	public List<String> versions(ContentKind kind) {
		return call(() -> this.client.indices()
			.get((g) -> g.index(this.names.versionsPattern(kind)).allowNoIndices(true).ignoreUnavailable(true)))
			.result()
			.keySet()
			.stream()
			.filter((index) -> this.names.isVersionOf(kind, index))
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/** Deletes published versions beyond the newest {@code keep}, never the live one. */
	public List<String> prune(ContentKind kind, int keep) {
		Optional<String> live = live(kind);
		List<String> doomed = published(kind).stream()
			.skip(keep)
			.filter((index) -> live.map((l) -> !l.equals(index)).orElse(true))
			.toList();
		doomed.forEach(this::delete);
		return doomed;
	}

	public void delete(String index) {
		call(() -> this.client.indices().delete((d) -> d.index(index).ignoreUnavailable(true)));
	}

	private static <T> T call(ElasticsearchCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch could not be reached: " + ex.getMessage(), ex);
		}
		catch (ElasticsearchException ex) {
			throw new IndexOperationException(ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface ElasticsearchCall<T> {

		T run() throws IOException;

	}

}
