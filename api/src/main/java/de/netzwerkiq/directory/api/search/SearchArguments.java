package de.netzwerkiq.directory.api.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import de.netzwerkiq.directory.api.content.LanguageCode;
import de.netzwerkiq.directory.api.geo.BoundingBoxInput;
import de.netzwerkiq.directory.api.geo.NearInput;

/**
 * The arguments every search connection shares, as the client sent them, bound whole with
 * {@code @Arguments}; a connection without some of them (no {@code near} on curricula)
 * binds them as null. The kind's {@code filter} is bound on its own, by its own type:
 * Spring for GraphQL binds a record's components by their declared types, and a type
 * variable would leave it an interface it cannot construct. The constraints are checked
 * when binding; what needs more than one argument or the gazetteer is checked by
 * {@link Searches}.
 *
 * @param text words to search for
 * @param language ISO 639-1 code to answer in
 * @param near where to search around
 * @param within a map viewport
 * @param sort the order; null for the default
 * @param includeLocationIndependent whether records without a place pass a geo filter;
 * null for no
 * @param first page size; null for the default
 * @param after cursor to continue after
 */
public record SearchArguments(
		@Size(max = SearchArguments.MAX_TEXT_LENGTH,
				message = "must be at most " + SearchArguments.MAX_TEXT_LENGTH + " characters") String text,
		@LanguageCode String language, @Valid NearInput near, @Valid BoundingBoxInput within, SearchSort sort,
		Boolean includeLocationIndependent,
		@Min(value = 1, message = SearchArguments.FIRST_RANGE) @Max(value = SearchArguments.MAX_FIRST,
				message = SearchArguments.FIRST_RANGE) Integer first,
		String after) {

	/** Longer texts are not searches a person typed. */
	public static final int MAX_TEXT_LENGTH = 200;

	/** Relay's usual ceiling: a page is something a person looks at. */
	public static final int MAX_FIRST = 100;

	/** The page size when a client asks for none (or for null). */
	public static final int DEFAULT_FIRST = 20;

	static final String FIRST_RANGE = "must be between 1 and " + MAX_FIRST;

	/** No arguments: every record, in the default order. */
	public static final SearchArguments NONE = new SearchArguments(null, null, null, null, null, null, null, null);

	public int pageSize() {
		return (this.first != null) ? this.first : DEFAULT_FIRST;
	}

	public boolean locationIndependentIncluded() {
		return Boolean.TRUE.equals(this.includeLocationIndependent);
	}

	public SearchArguments withText(String text) {
		return new SearchArguments(text, this.language, this.near, this.within, this.sort,
				this.includeLocationIndependent, this.first, this.after);
	}

	public SearchArguments withLanguage(String language) {
		return new SearchArguments(this.text, language, this.near, this.within, this.sort,
				this.includeLocationIndependent, this.first, this.after);
	}

	public SearchArguments withNear(NearInput near) {
		return new SearchArguments(this.text, this.language, near, this.within, this.sort,
				this.includeLocationIndependent, this.first, this.after);
	}

	public SearchArguments withSort(SearchSort sort, boolean includeLocationIndependent) {
		return new SearchArguments(this.text, this.language, this.near, this.within, sort, includeLocationIndependent,
				this.first, this.after);
	}

	public SearchArguments withPage(int first, String after) {
		return new SearchArguments(this.text, this.language, this.near, this.within, this.sort,
				this.includeLocationIndependent, first, after);
	}

}
