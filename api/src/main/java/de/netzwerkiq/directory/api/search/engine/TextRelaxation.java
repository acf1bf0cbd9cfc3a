package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchSpec;
import de.netzwerkiq.directory.api.search.SearchText;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * What to search for when no record matches the whole text, as Algolia drops words and
 * Meilisearch relaxes from the last: one request counts what each unit of the text (a
 * word, a named occupation or concept) matches on its own within the filters; units that
 * match nothing are dropped; if the rest still find nothing together, the most common
 * word among them (the least telling; never a named occupation or concept) is dropped
 * too; last, any of them is enough.
 */
final class TextRelaxation {

	private final IndexNames names;

	private final Time timeout;

	TextRelaxation(IndexNames names, Time timeout) {
		this.names = names;
		this.timeout = timeout;
	}

	/**
	 * @param execute runs a request
	 * @param tryRelaxed runs the search relaxed so
	 * @return the relaxation that finds something; null when no unit matches anything
	 */
	Relaxation relax(SearchSpec spec, DisjunctiveFacets facets, Function<SearchRequest, SearchResponse<?>> execute,
			Function<Relaxation, SearchResponse<?>> tryRelaxed) {
		List<SearchText.Unit> units = spec.text().units();
		if (units.isEmpty()) {
			return null;
		}
		SearchResponse<?> counted = execute
			.apply(SearchRequests.unitCounts(spec, facets, this.timeout, this.names::alias));
		List<String> dropped = new ArrayList<>();
		List<Counted> kept = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			long count = counted.aggregations().get(SearchRequests.unitName(i)).filter().docCount();
			String typed = units.get(i).typed();
			if (count == 0) {
				dropped.add(typed);
			}
			else if (kept.stream().noneMatch((unit) -> unit.typed().equals(typed))) {
				kept.add(new Counted(typed, count, units.get(i).word() == null));
			}
		}
		if (kept.isEmpty()) {
			return null;
		}
		if (!dropped.isEmpty()) {
			Relaxation withoutUnmatched = new Relaxation(dropped, typed(kept), false);
			if (kept.size() == 1 || found(tryRelaxed.apply(withoutUnmatched))) {
				return withoutUnmatched;
			}
		}
		if (kept.stream().anyMatch((unit) -> !unit.named()) && kept.size() >= 2) {
			// The most common word tells least about what was meant. A named occupation
			// or
			// concept says most, however many records have it: it is never dropped here,
			// and two of them that no record has together are each enough on their own
			// ("health insurance for freelancers").
			Counted common = kept.stream()
				.filter((unit) -> !unit.named())
				.max(Comparator.comparingLong(Counted::count))
				.orElseThrow();
			List<Counted> rest = kept.stream().filter((unit) -> unit != common).toList();
			List<String> alsoDropped = new ArrayList<>(dropped);
			alsoDropped.add(common.typed());
			Relaxation withoutCommon = new Relaxation(alsoDropped, typed(rest), false);
			if (found(tryRelaxed.apply(withoutCommon))) {
				return withoutCommon;
			}
		}
		return new Relaxation(dropped, typed(kept), true);
	}

	private static boolean found(SearchResponse<?> response) {
		return !response.hits().hits().isEmpty();
	}

	private static List<String> typed(List<Counted> units) {
		return units.stream().map(Counted::typed).toList();
	}

	private record Counted(String typed, long count, boolean named) {
	}

}
