package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.geo.GeoFilter;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * One checked search, everything the engine needs for a single Elasticsearch request:
 * what to match, where, how to order, which page, and which extras. Built with
 * {@link #builder(List)}; everything but the kinds has a default.
 *
 * @param kinds the kinds searched
 * @param text the words searched for, as read; null for none
 * @param language the language asked for, boosted in the text match; null for none
 * @param geo where to look
 * @param selections per facet the selected values, as stored
 * @param constraints further conditions
 * @param sort the order
 * @param first page size
 * @param after the cursor to continue after; null for the first page
 * @param extras facets, clusters, total, highlights and fields the selection asked for
 * @param now when the search is evaluated: its first page's time
 */
public record SearchSpec(List<ContentKind> kinds, SearchText text, ContentLanguage language, GeoFilter geo,
		Map<FacetField, List<String>> selections, List<Constraint> constraints, SearchSort sort, int first,
		String after, ResultExtras extras, Instant now) {

	public static Builder builder(List<ContentKind> kinds) {
		return new Builder(kinds);
	}

	/**
	 * What makes two searches the same list of results; the language and the extras do
	 * not change the results, so a cursor survives a language switch. Every part is a
	 * plain value, so the same search prints the same way in every release of the client.
	 */
	public String canonical() {
		return String.join("|", this.kinds.toString(), (this.text != null) ? this.text.typed() : "null",
				String.valueOf(this.geo.near()), String.valueOf(this.geo.within()),
				String.valueOf(this.geo.includeLocationIndependent()), new TreeMap<>(this.selections).toString(),
				this.constraints.toString(), this.sort.name());
	}

	/** Named construction of a search; unset parts keep their defaults. */
	public static final class Builder {

		private final List<ContentKind> kinds;

		private SearchText text;

		private ContentLanguage language;

		private GeoFilter geo = GeoFilter.NONE;

		private Map<FacetField, List<String>> selections = Map.of();

		private List<Constraint> constraints = List.of();

		private SearchSort sort = SearchSort.RELEVANCE;

		private int first = 20;

		private String after;

		private ResultExtras extras = ResultExtras.NONE;

		private Instant now;

		private Builder(List<ContentKind> kinds) {
			this.kinds = List.copyOf(kinds);
		}

		/** The words and what was read in them. */
		public Builder text(SearchText text) {
			this.text = text;
			return this;
		}

		public Builder language(ContentLanguage language) {
			this.language = language;
			return this;
		}

		public Builder geo(GeoFilter geo) {
			this.geo = geo;
			return this;
		}

		public Builder filter(Map<FacetField, List<String>> selections, List<Constraint> constraints) {
			this.selections = selections;
			this.constraints = List.copyOf(constraints);
			return this;
		}

		public Builder sort(SearchSort sort) {
			this.sort = sort;
			return this;
		}

		public Builder page(int first, String after) {
			this.first = first;
			this.after = after;
			return this;
		}

		public Builder extras(ResultExtras extras) {
			this.extras = extras;
			return this;
		}

		public Builder now(Instant now) {
			this.now = now;
			return this;
		}

		public SearchSpec build() {
			return new SearchSpec(this.kinds, this.text, this.language, this.geo, this.selections, this.constraints,
					this.sort, this.first, this.after, this.extras, (this.now != null) ? this.now : Instant.now());
		}

	}

}
