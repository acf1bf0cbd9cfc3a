package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchSpec;
import de.netzwerkiq.directory.api.search.SearchText;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * What to search for when no record matches the whole text, as Algolia drops words and
 * Meilisearch relaxes from the last: one request counts what each unit of the text (a
 * word, a named occupation or concept) matches on its own within the filters; units that
 * match nothing are dropped; if the rest still find nothing together, the most common
 * word among them (the least telling; never a named occupation or concept) is dropped
 * too; last, any of them is enough. A search that found only a few records is widened
 * instead ({@link #widen}).
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

	/**
	 * How to widen a search whose whole text found fewer records than a page shows: the
	 * records without one unit follow those with all (as Typesense drops words below its
	 * {@code drop_tokens_threshold} and Meilisearch's {@code last} strategy relaxes from
	 * the last word). The unit made optional is the least telling: a plain word before a
	 * name of a kind of record ("Kurs", "Schulung", "Beratungsstelle"), that before any
	 * other named occupation or concept; among equals the one typed last, because people
	 * name what they need first and narrow it after ("business plan template",
	 * "Apothekerin Kenntnisprüfung", "German course for nurses").
	 * @return null when the text has fewer than two units
	 */
	static Relaxation widen(SearchText text) {
		List<SearchText.Unit> units = text.units();
		List<String> typed = distinctTyped(text);
		if (typed.size() < 2) {
			return null;
		}
		String words = plain(text.typed());
		SearchText.Unit optional = units.stream()
			.max(Comparator.comparingInt(TextRelaxation::generality)
				.thenComparingInt((unit) -> position(words, unit.typed())))
			.orElseThrow();
		return new Relaxation(List.of(), typed, false, List.of(optional.typed()));
	}

	/**
	 * Any unit of the text is enough; null (no relaxation) for a text of one unit, which
	 * any is all of.
	 */
	static Relaxation anyUnit(SearchText text) {
		List<String> typed = distinctTyped(text);
		return (typed.size() < 2) ? null : new Relaxation(List.of(), typed, true);
	}

	/** The units as typed, each once (a word may name two concepts: two units). */
	private static List<String> distinctTyped(SearchText text) {
		return text.units().stream().map(SearchText.Unit::typed).distinct().toList();
	}

	/** 2 for a plain word, 1 for a name of a kind of record only, 0 for other names. */
	private static int generality(SearchText.Unit unit) {
		if (unit.word() != null) {
			return 2;
		}
		boolean kindOnly = unit.concepts() != null && !unit.concepts().isEmpty()
				&& unit.concepts().stream().allMatch((named) -> named.concept().code() instanceof ContentKind);
		return kindOnly ? 1 : 0;
	}

	/**
	 * Where a unit was typed in the text, both as {@link #plain} words: the thesauri give
	 * a name as words ("Jobcenter Mitarbeitende" for "Jobcenter-Mitarbeitende").
	 */
	private static int position(String words, String unit) {
		String plain = plain(unit);
		int whole = words.lastIndexOf(plain);
		if (whole >= 0) {
			return whole;
		}
		int last = -1;
		for (String word : plain.split(" ")) {
			last = Math.max(last, words.lastIndexOf(word));
		}
		return last;
	}

	/** Lower case, every run of characters other than letters and digits one space. */
	private static String plain(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
