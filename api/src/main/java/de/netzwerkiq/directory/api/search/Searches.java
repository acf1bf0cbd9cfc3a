package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.concepts.ConceptText;
import de.netzwerkiq.directory.api.concepts.ConceptThesaurus;
import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.geo.GeoFilter;
import de.netzwerkiq.directory.api.geo.GeoPointInput;
import de.netzwerkiq.directory.api.geo.GeoScope;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.geo.SearchOrigin;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.engine.ContentSearch;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;
import de.netzwerkiq.directory.indexer.text.QueryStems;

/**
 * Turns a search query's bound arguments into a checked {@link SearchSpec} (places
 * resolved, the default order chosen, filter values as stored, occupations read from the
 * text) and runs it. Every argument error is found before Elasticsearch is called: single
 * values by the constraints on {@link SearchArguments}, the rest here.
 */
@Service
public class Searches {

	static final int MAX_READ_TEXTS = 1000;

	private final ContentSearch search;

	private final Places places;

	private final OccupationThesaurus thesaurus;

	private final ConceptThesaurus concepts;

	/**
	 * Texts as read, by text and language: reading one (thesauri, every language's
	 * analysis, towns) took about a twentieth of the API's CPU on a finder search, and
	 * the same texts come back (every later page of a search, a facet clicked, the common
	 * searches). The thesauri and gazetteer do not change while the API runs.
	 */
	private final Cache<ReadKey, SearchText> readTexts = CacheBuilder.newBuilder().maximumSize(MAX_READ_TEXTS).build();

	Searches(ContentSearch search, Places places, OccupationThesaurus thesaurus, ConceptThesaurus concepts) {
		this.search = search;
		this.places = places;
		this.thesaurus = thesaurus;
		this.concepts = concepts;
	}

	/**
	 * Runs a search with the extras its selection asks for; the caller names the document
	 * type its kinds give.
	 * @param <D> the document type of the kinds searched
	 */
	@SuppressWarnings("unchecked")
	public <D extends ContentDocument> SearchConnection<D> search(List<ContentKind> kinds, SearchArguments arguments,
			SearchFilter filter, DataFetchingEnvironment env) {
		ContentLanguage language = Languages.requested(arguments.language(), env);
		SearchSpec spec = spec(kinds, arguments, filter, language)
			.extras(SelectedExtras.of(env.getSelectionSet(), kinds, arguments.near() != null))
			.build();
		return (SearchConnection<D>) this.search.search(spec);
	}

	/**
	 * The centres nearest to a point, nearest first, optionally within a radius: the same
	 * request as a {@code DISTANCE}-sorted connection, without the connection. Centres
	 * that advise remotely only have no point and cannot be nearest. Reads only the
	 * fields the selection shows, as connections do.
	 */
	public List<NearbyAdviceCentre> nearest(GeoPointInput near, int first, Double withinKm,
			DataFetchingFieldSelectionSet selection) {
		SearchOrigin origin = new SearchOrigin(Places.location(near), null, null, null);
		SearchSpec spec = SearchSpec.builder(List.of(ContentKind.ADVICE_CENTRES))
			.geo(new GeoFilter(new GeoScope(origin, withinKm), null, false))
			.sort(SearchSort.DISTANCE)
			.page(first, null)
			.extras(new ResultExtras(List.of(), java.util.Set.of(), false, false,
					SourceFields.ofNearby(SourceFields.paths(selection))))
			.build();
		return this.search.search(spec)
			.edges()
			.stream()
			.map((edge) -> new NearbyAdviceCentre(edge.distanceMeters(), edge.nearestSite(),
					(AdviceCentre) edge.node()))
			.toList();
	}

	/**
	 * Every result of a search, page by page, without extras: for feeds rather than
	 * finders.
	 * @param limit at most this many results
	 */
	public List<ContentDocument> all(List<ContentKind> kinds, SearchArguments arguments, SearchFilter filter,
			ContentLanguage language, int limit) {
		List<ContentDocument> results = new ArrayList<>();
		String after = null;
		do {
			SearchArguments page = arguments.withPage(Math.min(SearchArguments.MAX_FIRST, limit - results.size()),
					after);
			SearchConnection<ContentDocument> connection = this.search
				.search(spec(kinds, page, filter, language).build());
			connection.edges().forEach((edge) -> results.add(edge.node()));
			after = connection.pageInfo().hasNextPage() ? connection.pageInfo().endCursor() : null;
		}
		while (after != null && results.size() < limit);
		return results;
	}

	/**
	 * @param filter the kind's filter; null for none
	 */
	private SearchSpec.Builder spec(List<ContentKind> kinds, SearchArguments arguments, SearchFilter filter,
			ContentLanguage language) {
		// Bounded first, so what the text costs does not grow with how hostile it is.
		String text = TypedText.bounded(arguments.text());
		// Every page of a search is filtered as of its first page, so "upcoming" or "open
		// now" cannot shift between pages.
		Instant evaluated = (arguments.after() != null) ? this.search.evaluatedAt(arguments.after()) : null;
		Instant now = (evaluated != null) ? evaluated : Instant.now();
		GeoFilter geo = new GeoFilter(this.places.resolve(arguments.near()), this.places.box(arguments.within()),
				arguments.locationIndependentIncluded());
		Map<FacetField, List<String>> selections = new EnumMap<>(FacetField.class);
		List<Constraint> constraints = List.of();
		if (filter != null) {
			filter.selections().forEach((field, values) -> {
				List<String> stored = new ArrayList<>();
				for (Object value : values) {
					stored.add(storedValue(field, value));
				}
				selections.put(field, stored);
			});
			constraints = filter.constraints(now);
		}
		return SearchSpec.builder(kinds)
			.text(read(text, language))
			.language(language)
			.geo(geo)
			.filter(selections, constraints)
			.sort(sort(arguments.sort(), text, geo, kinds))
			.page(arguments.pageSize(), arguments.after())
			.now(now);
	}

	/**
	 * Occupations first (their names are the longest and most specific), then concepts in
	 * what is left, then the remaining words, each analysed for the languages it may be
	 * in. A word that is a stop word in any of them (für, the, и) is no word to require.
	 */
	private SearchText read(String text, ContentLanguage language) {
		if (text == null) {
			return null;
		}
		ReadKey key = new ReadKey(text, language);
		SearchText read = this.readTexts.getIfPresent(key);
		if (read == null) {
			// Not Cache.get(key, loader): its checked wrapper would hide a bad text's
			// InvalidArgumentException. Two threads reading the same text at once both
			// read it; the result is the same.
			read = readAnew(text, language);
			this.readTexts.put(key, read);
		}
		return read;
	}

	/** Immutable, as it is shared by every search of the same text. */
	private SearchText readAnew(String text, ContentLanguage language) {
		// A word of a concept's name is that, not an occupation typed with a typo.
		OccupationText occupations = this.thesaurus.read(text, this.concepts::knows);
		ConceptText concepts = this.concepts.read(occupations.remainder());
		List<SearchText.Word> words = words(concepts.remainder(), language);
		List<SearchText.Word> withoutCountry = words.stream()
			.filter((word) -> !CountryWords.saysNothing(word.typed()))
			.toList();
		if (!withoutCountry.isEmpty() || !occupations.matches().isEmpty() || !concepts.matches().isEmpty()) {
			words = withoutCountry;
		}
		Map<String, List<SearchText.Word>> nameWords = new HashMap<>();
		String occupationNames = String.join(" ", occupations.matches().stream().map((m) -> m.matchedText()).toList());
		nameWords.computeIfAbsent(occupationNames, (typed) -> words(typed, language));
		concepts.matches()
			.forEach((match) -> nameWords.computeIfAbsent(match.matchedText(), (typed) -> words(typed, language)));
		Map<String, List<SearchText.Word>> nameWordsRead = new HashMap<>();
		nameWords.forEach((name, named) -> nameWordsRead.put(name, List.copyOf(named)));
		return new SearchText(text, occupations, concepts, List.copyOf(words), Map.copyOf(nameWordsRead));
	}

	/** A text as typed (bounded) and the language it is read for; null for none. */
	private record ReadKey(String text, ContentLanguage language) {
	}

	private List<SearchText.Word> words(String text, ContentLanguage language) {
		List<SearchText.Word> words = new ArrayList<>();
		for (String word : text.split("\\s+")) {
			List<QueryStems> stems = LanguageAnalysis.analyseQuery(word, Optional.ofNullable(language));
			boolean stopWord = stems.size() < LanguageAnalysis.queryLanguages(word, Optional.ofNullable(language))
				.size();
			if (!word.isBlank() && !stems.isEmpty() && !stopWord) {
				words.add(new SearchText.Word(word, stems, this.places.town(word).orElse(null)));
			}
		}
		return words;
	}

	private static SearchSort sort(SearchSort sort, String text, GeoFilter geo, List<ContentKind> kinds) {
		if (sort == null) {
			return (text != null) ? SearchSort.RELEVANCE
					: geo.measuresDistance() ? SearchSort.DISTANCE : SearchSort.NEWEST;
		}
		if (sort == SearchSort.DISTANCE && !geo.measuresDistance()) {
			throw new InvalidArgumentException("sort", "sort DISTANCE needs near: distance from where?");
		}
		if (sort == SearchSort.START_DATE && !kinds.equals(List.of(ContentKind.TRAINING_OFFERS))) {
			throw new InvalidArgumentException("sort", "sort START_DATE applies to training offers only");
		}
		return sort;
	}

	private static String storedValue(FacetField field, Object value) {
		if (value instanceof ContentKind kind) {
			return kind.name();
		}
		if (value instanceof String code) {
			String trimmed = code.strip();
			boolean valid = switch (field) {
				case LANGUAGE -> trimmed.matches("[a-z]{2}");
				case OCCUPATION -> trimmed.matches("\\d{5}");
				default -> true;
			};
			if (!valid) {
				String argument = "filter." + ((field == FacetField.LANGUAGE) ? "languages" : "occupations");
				throw new InvalidArgumentException(argument,
						argument + " takes "
								+ ((field == FacetField.LANGUAGE) ? "ISO 639-1 codes such as de or ar"
										: "five-digit KldB 2010 codes such as 81302")
								+ " (got '" + ((trimmed.length() > 20) ? trimmed.substring(0, 20) + "…" : trimmed)
								+ "')");
			}
			return trimmed;
		}
		return field.toStoredValue(value);
	}

}
