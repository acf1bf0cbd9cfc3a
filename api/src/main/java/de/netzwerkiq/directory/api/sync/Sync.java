package de.netzwerkiq.directory.api.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.elasticsearch.IndexProperties;
import de.netzwerkiq.directory.api.graphql.ResyncRequiredException;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexOperationException;
import de.netzwerkiq.directory.indexer.load.ChangeLog;
import de.netzwerkiq.directory.indexer.load.LiveRecords;

/**
 * Keeps an app's copy of a kind up to date, as Contentful's Sync API does: without a
 * token, every live record, page by page in id order, from the version that was live when
 * the sync began; then, with the token, what the change log says changed since, each
 * record as it is live now (or its id as deleted when it is not live any more).
 * <p>
 * The log's head is read before anything else, so a change that lands while a page is
 * read is either in that page or after the token it returns: it may come twice, never not
 * at all. A client that applies pages in order (replace or remove by id) ends with
 * exactly the live records.
 */
@Service
class Sync {

	private final ChangeLog changeLog;

	private final LiveRecords live;

	private final SyncTokens tokens;

	private final Duration retention;

	Sync(ChangeLog changeLog, LiveRecords live, SyncTokens tokens, IndexProperties index) {
		this.changeLog = changeLog;
		this.live = live;
		this.tokens = tokens;
		this.retention = index.changeRetention();
	}

	SyncPage page(ContentKind kind, String token, int first) {
		try {
			return (token == null) ? begin(kind, first) : resume(kind, this.tokens.decode(token, kind), first);
		}
		catch (IOException | UncheckedIOException | IndexOperationException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	private SyncPage begin(ContentKind kind, int first) throws IOException {
		Optional<ChangeLog.Head> head = this.changeLog.head(kind);
		String epoch = head.map(ChangeLog.Head::epoch).orElse("");
		long seq = head.map(ChangeLog.Head::committed).orElse(0L);
		Optional<String> version = this.live.live(kind);
		if (version.isEmpty()) {
			return new SyncPage(List.of(), List.of(), this.tokens.encode(new SyncToken(kind, epoch, seq, null, null)),
					false);
		}
		return initial(new SyncToken(kind, epoch, seq, version.get(), null), seq, first);
	}

	private SyncPage resume(ContentKind kind, SyncToken token, int first) throws IOException {
		Optional<ChangeLog.Head> head = this.changeLog.head(kind);
		String epoch = head.map(ChangeLog.Head::epoch).orElse("");
		long committed = head.map(ChangeLog.Head::committed).orElse(0L);
		long pruned = head.map(ChangeLog.Head::prunedThrough).orElse(0L);
		if (!epoch.equals(token.epoch()) || token.seq() < pruned || token.seq() > committed) {
			throw new ResyncRequiredException("token",
					"token is older than the changes this API keeps (" + this.retention.toDays()
							+ " days) or from before the change log began again; sync from scratch: call sync"
							+ " without a token and replace the local copy with what it returns");
		}
		return token.initial() ? initial(token, committed, first) : changes(token, committed, first);
	}

	/**
	 * A page of the version the sync began with, in id order. After its last page, what
	 * changed since the sync began is waiting: {@code hasMore} says so.
	 */
	private SyncPage initial(SyncToken token, long committed, int first) throws IOException {
		List<ContentDocument> page = this.live.page(token.kind(), token.version(), token.afterId(), first + 1)
			.orElseThrow(() -> new ResyncRequiredException("token",
					"token reads " + token.version() + ", which is no longer kept; sync from scratch: call sync"
							+ " without a token and replace the local copy with what it returns"));
		boolean more = page.size() > first;
		List<ContentDocument> records = more ? page.subList(0, first) : page;
		SyncToken next = more
				? new SyncToken(token.kind(), token.epoch(), token.seq(), token.version(),
						records.get(records.size() - 1).id())
				: new SyncToken(token.kind(), token.epoch(), token.seq(), null, null);
		return new SyncPage(List.copyOf(records), List.of(), this.tokens.encode(next), more || committed > token.seq());
	}

	/** What the log says changed after the token, each looked up as it is live now. */
	private SyncPage changes(SyncToken token, long committed, int first) throws IOException {
		List<ChangeLog.Change> entries = this.changeLog.since(token.kind(), token.seq(), committed, first + 1);
		boolean more = entries.size() > first;
		List<ChangeLog.Change> taken = more ? entries.subList(0, first) : entries;
		Set<String> ids = new LinkedHashSet<>();
		taken.forEach((entry) -> ids.add(entry.recordId()));
		List<ContentDocument> records = this.live.byIds(token.kind(), List.copyOf(ids));
		Set<String> found = new LinkedHashSet<>();
		records.forEach((record) -> found.add(record.id()));
		List<String> deleted = new ArrayList<>();
		ids.stream().filter((id) -> !found.contains(id)).forEach((id) -> deleted.add(GlobalIds.of(token.kind(), id)));
		long upTo = more ? taken.get(taken.size() - 1).seq() : committed;
		SyncToken next = new SyncToken(token.kind(), token.epoch(), upTo, null, null);
		return new SyncPage(records, List.copyOf(deleted), this.tokens.encode(next), more);
	}

}
