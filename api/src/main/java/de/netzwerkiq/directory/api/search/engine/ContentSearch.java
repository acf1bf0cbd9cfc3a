package de.netzwerkiq.directory.api.search.engine;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.ContentTypes;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchConnection;
import de.netzwerkiq.directory.api.search.SearchSort;
import de.netzwerkiq.directory.api.search.SearchSpec;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Runs a search page by page: full-text, geo and faceted search over one or several kinds
 * in one Elasticsearch request ({@link SearchRequests}), read into a connection
 * ({@link SearchResults}).
 *
 * <p>
 * Paging uses {@code search_after}. The first page searches the aliases and its cursors
 * name the concrete indices it read; the second page opens a point-in-time over exactly
 * those, and later pages keep it alive. So the first page costs one round trip, an alias
 * swap between pages never mixes two versions, and a cursor on an index that is gone
 * fails with a clear error rather than wrong results.
 */
@Service
public class ContentSearch {

	/** How long a cursor stays usable after its page was served. */
	public static final String CURSOR_LIFETIME = "10m";

	/**
	 * A search by relevance that found fewer records is widened: about what a phone shows
	 * on its first screen, and too few to choose from.
	 */
	private static final int WIDEN_BELOW = 10;

	/** Tries of a search that cannot reach a node (see sendRepeating). */
	private static final int MAX_ATTEMPTS = 3;

	/** How long a cursor page waits for the master to drop a node, times the try. */
	private static final long NODE_LEFT_PAUSE_MILLIS = 150;

	/** The errors of a search whose point-in-time lived partly on a node now gone. */
	private static final List<String> NODE_LOSS = List.of("node_disconnected_exception", "node_not_connected_exception",
			"connect_transport_exception", "no_shard_available_action_exception");

	private final ElasticsearchClient client;

	private final IndexNames names;

	/**
	 * Passed to Elasticsearch so it stops working on a search the API has given up on.
	 */
	private final Time timeout;

	private final TextRelaxation relaxer;

	private final Cursors cursors;

	/** A failed search is tried again only within this time of its first try. */
	private final long repeatWithinNanos;

	/** Whether the client knows more than one node to send a search to. */
	private final boolean severalNodes;

	ContentSearch(ElasticsearchClient client, IndexNames names, ElasticsearchProperties properties, Cursors cursors) {
		this.client = client;
		this.names = names;
		this.cursors = cursors;
		this.timeout = Time.of((t) -> t.time(properties.getSocketTimeout().toMillis() + "ms"));
		this.repeatWithinNanos = properties.getSocketTimeout().toNanos();
		this.severalNodes = properties.getUris().size() > 1;
		this.relaxer = new TextRelaxation(this.names, this.timeout);
	}

	public SearchConnection<ContentDocument> search(SearchSpec spec) {
		String fingerprint = Cursor.fingerprint(spec.canonical());
		Cursor after = (spec.after() != null) ? this.cursors.decode(spec.after(), fingerprint) : null;
		if (after != null) {
			checkIndices(spec, after);
		}
		DisjunctiveFacets facets = new DisjunctiveFacets(spec.kinds(), spec.selections(), this.names);
		Relaxation relaxation = (after != null) ? after.relaxation() : null;
		Typos typos = (after != null) ? Typos.orDefault(after.typos()) : Typos.TITLES;
		SearchResponse<?> response = (after != null && after.pit() != null)
				? continuePage(spec, relaxation, typos, facets, after)
				: execute(request(spec, relaxation, typos, facets, after), spec);
		if (after == null && spec.text() != null && response.hits().hits().isEmpty()) {
			// Then with typos, then fewer words: each step only when the one before found
			// nothing, so the common search pays for neither.
			typos = Typos.EVERYWHERE;
			response = execute(request(spec, null, typos, facets, null), spec);
			if (response.hits().hits().isEmpty()) {
				Relaxation relaxed = this.relaxer.relax(spec, facets, (r) -> execute(r, spec),
						(tried) -> execute(request(spec, tried, Typos.EVERYWHERE, facets, null), spec));
				if (relaxed != null) {
					relaxation = relaxed;
					response = execute(request(spec, relaxed, typos, facets, null), spec);
				}
				else if (TextQueries.hasPrefix(spec.text())) {
					// No unit matches anything, even with typos: perhaps a word was sent
					// half typed. Any unit is enough then, as the loosest relaxation.
					Relaxation any = TextRelaxation.anyUnit(spec.text());
					SearchResponse<?> prefixed = execute(request(spec, any, Typos.PREFIXES, facets, null), spec);
					if (!prefixed.hits().hits().isEmpty()) {
						typos = Typos.PREFIXES;
						relaxation = any;
						response = prefixed;
					}
				}
			}
		}
		else if (after == null && spec.text() != null && fewFound(spec, response)) {
			Relaxation widened = TextRelaxation.widen(spec.text());
			if (widened != null) {
				SearchResponse<?> wider = execute(request(spec, widened, typos, facets, null), spec);
				if (wider.hits().hits().size() > response.hits().hits().size()) {
					relaxation = widened;
					response = wider;
				}
				// Still few with three units or more: two narrow units that rarely meet
				// ("mimarlık mezunuyum iş arıyorum": an architect, and looking for work).
				// Any unit then, the records with more of them first, as Typesense goes
				// on dropping words below its threshold.
				Relaxation any = fewFound(spec, response) ? TextRelaxation.anyUnit(spec.text()) : null;
				if (any != null && any.searchedWords().size() > 2) {
					SearchResponse<?> widest = execute(request(spec, any, typos, facets, null), spec);
					if (widest.hits().hits().size() > response.hits().hits().size()) {
						relaxation = any;
						response = widest;
					}
				}
			}
		}
		return new SearchResults(spec, this.names, this.cursors, fingerprint, relaxation, typos).read(response, after,
				facets);
	}

	/**
	 * Whether a search by relevance found all it has, and fewer records than a phone's
	 * first page shows: then what lacks one of its words is better than an almost empty
	 * page. Sorted otherwise (by distance, date), records with and without the word would
	 * mix, so those searches are left as they are.
	 */
	private static boolean fewFound(SearchSpec spec, SearchResponse<?> response) {
		int found = response.hits().hits().size();
		return spec.sort() == SearchSort.RELEVANCE && found < WIDEN_BELOW && found <= spec.first();
	}

	/**
	 * When the search a cursor continues was evaluated, so that every page is filtered as
	 * of its first; null when the text is no cursor this API issued (the search then says
	 * so) or has no time.
	 */
	public Instant evaluatedAt(String cursor) {
		return this.cursors.evaluatedAt(cursor);
	}

	private SearchRequest request(SearchSpec spec, Relaxation relaxation, Typos typos, DisjunctiveFacets facets,
			Cursor after) {
		return SearchRequests.build(spec, relaxation, typos, facets, this.timeout, this.names::alias, (where) -> {
			if (after == null) {
				where.index(spec.kinds().stream().map(this.names::alias).toList());
			}
			else {
				String pit = (after.pit() != null) ? after.pit() : openPointInTime(spec, after.indices());
				where.pit((p) -> p.id(pit).keepAlive(Time.of((t) -> t.time(CURSOR_LIFETIME))));
				where.searchAfter(after.sortValues());
			}
		});
	}

	/**
	 * A cursor is opaque, not secret: one edited to name another index (the run history,
	 * another kind) must not open a point-in-time on it.
	 */
	private void checkIndices(SearchSpec spec, Cursor after) {
		for (String index : after.indices()) {
			boolean ours = spec.kinds().stream().anyMatch((kind) -> this.names.isVersionOf(kind, index));
			if (!ours) {
				throw new InvalidArgumentException("after", Cursors.NOT_OURS);
			}
		}
	}

	/**
	 * A later page through the cursor's point-in-time. When the node that held part of it
	 * is gone (killed, restarting), every other node answers that it lost it: the page is
	 * read once more from the same indices and position without a point-in-time, so a
	 * node loss costs no cursor page. A search is safe to repeat.
	 */
	private SearchResponse<?> continuePage(SearchSpec spec, Relaxation relaxation, Typos typos,
			DisjunctiveFacets facets, Cursor after) {
		boolean frozen = false;
		try {
			return send(request(spec, relaxation, typos, facets, after), spec);
		}
		catch (ElasticsearchException ex) {
			if (!unreachable(ex)) {
				throw expiredOrUnavailable(ex, true);
			}
		}
		catch (IOException ex) {
			if (timedOut(ex) && !this.severalNodes) {
				// On one node a timeout is its load: a second try would only add to it.
				throw SearchUnavailableException.because(ex);
			}
			// The node that answered is gone, or a node holding the point-in-time's copy
			// is frozen (a long GC pause, a hung disk): read again below.
			frozen = timedOut(ex);
		}
		// The page is read without a point-in-time, from the same indices and position:
		// a plain search goes to another copy of a shard whose node is gone or frozen
		// (adaptive replica selection), where a point-in-time is pinned to the copies it
		// was opened on. A new point-in-time could still be opened on the dead node's
		// copy
		// until a master removes the node (an election, when it was the master, takes
		// seconds): clean-clone runs lost a cursor page of 10,225, 14,456 and 18,375
		// searches so. The page after opens a point-in-time again. After a timeout, once:
		// never a third wait.
		Cursor fresh = after.withoutPointInTime();
		List<String> indices = List.copyOf(pinned(spec, after.indices()));
		Call<SearchResponse<?>> plain = () -> send(SearchRequests.build(spec, relaxation, typos, facets, this.timeout,
				this.names::alias, (where) -> where.index(indices).searchAfter(fresh.sortValues())), spec);
		try {
			return frozen ? plain.call() : repeating(plain, NODE_LEFT_PAUSE_MILLIS);
		}
		catch (ElasticsearchException ex) {
			throw expiredOrUnavailable(ex, true);
		}
		catch (IOException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw SearchUnavailableException.because(new IOException("Interrupted while a node left", ex));
		}
	}

	/**
	 * Whether a search failed on the cluster's side rather than on its own terms: a node
	 * or every copy of a shard gone, a node that answered 5xx while it left or joined. A
	 * search is safe to repeat; a 4xx (a bad query, an expired point-in-time, 429 for a
	 * full queue) is not worth it.
	 */
	private static boolean unreachable(ElasticsearchException ex) {
		return ex.status() >= 500 || NODE_LOSS.stream().anyMatch((type) -> causedBy(ex.error(), type));
	}

	/**
	 * One search; an answer Elasticsearch cut short at its timeout is a timeout (partial
	 * results would look complete to the client), repeated as one.
	 */
	private SearchResponse<?> send(SearchRequest request, SearchSpec spec) throws IOException {
		Class<?> type = (spec.kinds().size() == 1) ? ContentTypes.documentType(spec.kinds().get(0)) : JsonData.class;
		SearchResponse<?> response = this.client.search(request, type);
		if (response.timedOut()) {
			throw new SocketTimeoutException("Elasticsearch timed out after " + this.timeout.time());
		}
		return response;
	}

	private SearchResponse<?> execute(SearchRequest request, SearchSpec spec) {
		SearchResponse<?> response;
		try {
			response = sendRepeating(request, spec);
		}
		catch (ElasticsearchException ex) {
			throw expiredOrUnavailable(ex, spec.after() != null);
		}
		catch (IOException ex) {
			throw SearchUnavailableException.because(ex);
		}
		return response;
	}

	/**
	 * A search that could not reach a node goes again: after a node loss the client may
	 * have left every node out for a while and tried the dead one, or a live node answers
	 * 502 for a shard copy on the dead one; the next try goes to another node or copy. A
	 * search is safe to repeat. A third try too (after nodes restarted one after another
	 * the client may still leave the live ones out: a clean-clone run lost one search of
	 * 21,202 so), and never a second wait for a timeout.
	 */
	private SearchResponse<?> sendRepeating(SearchRequest request, SearchSpec spec) throws IOException {
		return repeating(() -> send(request, spec), 0);
	}

	/**
	 * A call to Elasticsearch made again while {@link #worthRepeating} says so, at most
	 * {@value #MAX_ATTEMPTS} times and never after a second timeout, pausing the given
	 * time times the try before each repeat.
	 */
	private <T> T repeating(Call<T> call, long pauseMillis) throws IOException {
		long started = System.nanoTime();
		for (int attempt = 1;; attempt++) {
			try {
				return call.call();
			}
			catch (IOException | ElasticsearchException ex) {
				if (attempt == MAX_ATTEMPTS || !worthRepeating(ex, started) || (attempt > 1 && timedOut(ex))) {
					throw ex;
				}
				if (pauseMillis > 0) {
					pause(pauseMillis * attempt);
				}
			}
		}
	}

	@FunctionalInterface
	private interface Call<T> {

		T call() throws IOException;

	}

	/**
	 * Whether a failed search goes again: it could not reach a node or a shard copy, or
	 * got no answer within its bound while the client knows other nodes. A connection
	 * broken while the node worked on the search (a node killed under load) or a 5xx from
	 * a node that is leaving or joining is as sure a sign as a refused connection,
	 * however long the try took (repeats were once kept to tries that failed within 0.5
	 * s, and a CI run lost one search of about 17,000 while masters were killed); the
	 * repeats end a bound after the first try. A frozen node (a long GC pause, a hung
	 * disk, a paused VM) keeps its connections open and answers nothing; the client
	 * leaves it out after the timeout, so the next try goes to another node, and the
	 * cluster routes around the frozen one's copies (adaptive replica selection): about 2
	 * s more than usual instead of an error. On one node a timeout is the node's load,
	 * and a second try would only add to it.
	 */
	private boolean worthRepeating(Exception ex, long started) {
		if (timedOut(ex)) {
			return this.severalNodes;
		}
		boolean unreachable = !(ex instanceof ElasticsearchException answered) || unreachable(answered);
		return unreachable && System.nanoTime() - started <= this.repeatWithinNanos;
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The cursor's indices, and the live version of each kind that had no hits on the
	 * first page (so left no index name in the cursor): it is read from here on.
	 */
	private Set<String> pinned(SearchSpec spec, List<String> indices) {
		Set<String> pinned = new LinkedHashSet<>(indices);
		for (ContentKind kind : spec.kinds()) {
			if (pinned.stream().noneMatch((index) -> index.startsWith(this.names.alias(kind) + "-"))) {
				pinned.add(this.names.alias(kind));
			}
		}
		return pinned;
	}

	private String openPointInTime(SearchSpec spec, List<String> indices) {
		Set<String> pinned = pinned(spec, indices);
		// Repeated as a search is: a clean-clone run lost one of 18,689 searches when the
		// client, which had left out the nodes that were slow to start, opened it on the
		// node just killed.
		try {
			return repeating(() -> this.client
				.openPointInTime((p) -> p.index(List.copyOf(pinned)).keepAlive((t) -> t.time(CURSOR_LIFETIME)))
				.id(), 0);
		}
		catch (ElasticsearchException ex) {
			throw expiredOrUnavailable(ex, true);
		}
		catch (IOException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	/**
	 * A first page without its index is content not loaded yet (the embedded default
	 * still loading its sample, a cluster never indexed): unavailable, not a cursor
	 * error.
	 */
	private RuntimeException expiredOrUnavailable(ElasticsearchException ex, boolean cursor) {
		if (cursor && (causedBy(ex.error(), "search_context_missing_exception")
				|| causedBy(ex.error(), "index_not_found_exception"))) {
			return new InvalidArgumentException("after", "This cursor has expired (cursors live " + CURSOR_LIFETIME
					+ " after their page, and content may have been republished since); start the search again without after");
		}
		return SearchUnavailableException.because(ex);
	}

	/**
	 * Whether the error or one of its causes is of the type: an expired point-in-time
	 * arrives as a failed search phase whose root cause says so.
	 */
	private static boolean causedBy(ErrorCause error, String type) {
		if (error == null) {
			return false;
		}
		if (type.equals(error.type()) || error.rootCause().stream().anyMatch((cause) -> causedBy(cause, type))) {
			return true;
		}
		return causedBy(error.causedBy(), type);
	}

}
