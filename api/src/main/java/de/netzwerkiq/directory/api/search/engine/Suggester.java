package de.netzwerkiq.directory.api.search.engine;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.graphql.SearchUnavailableException;
import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Autocomplete for a search box. Titles use {@code bool_prefix} matching (every word
 * typed, the last one as a prefix), which the minimal distribution supports without edge
 * n-grams or {@code search_as_you_type}; places come from the bundled gazetteer, in
 * memory.
 */
@Service
public class Suggester {

	public static final int MAX_FIRST = 20;

	public static final int MAX_PREFIX_LENGTH = 100;

	private final ElasticsearchClient client;

	private final IndexNames names;

	private final Places places;

	Suggester(ElasticsearchClient client, IndexNames names, Places places) {
		this.client = client;
		this.names = names;
		this.places = places;
	}

	/**
	 * @param first how many of each type: 1 to {@link #MAX_FIRST}, checked when bound
	 */
	public Suggestions suggest(String prefix, ContentLanguage language, List<ContentKind> kinds, int first) {
		String typed = (prefix != null) ? prefix.strip() : "";
		if (typed.isEmpty() || typed.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidArgumentException("prefix",
					"prefix must be 1 to " + MAX_PREFIX_LENGTH + " characters (got " + typed.length() + ")");
		}
		List<PlaceSuggestion> places = this.places.suggest(typed, first)
			.stream()
			.map((place) -> new PlaceSuggestion(place.name(), place.state(), place.location()))
			.toList();
		return new Suggestions(titles(typed, language, kinds, first), places);
	}

	private List<TitleSuggestion> titles(String typed, ContentLanguage language, List<ContentKind> kinds, int first) {
		try {
			SearchResponse<JsonData> response = this.client.search(
					(s) -> s.index(kinds.stream().map(this.names::alias).toList())
						.size(first)
						.trackTotalHits((t) -> t.enabled(false))
						.source((src) -> src.filter((f) -> f.includes(IndexFields.ID, IndexFields.SLUG,
								IndexFields.SOURCE_LANGUAGE, IndexFields.TITLE)))
						.query((q) -> q.multiMatch(
								(m) -> m.query(typed).type(TextQueryType.BoolPrefix).fields(IndexFields.TITLE + ".*"))),
					JsonData.class);
			return response.hits().hits().stream().map((hit) -> title(hit, language, kinds)).toList();
		}
		catch (ElasticsearchException | IOException ex) {
			throw SearchUnavailableException.because(ex);
		}
	}

	private TitleSuggestion title(Hit<JsonData> hit, ContentLanguage language, List<ContentKind> kinds) {
		ContentKind kind = kinds.stream()
			.filter((k) -> hit.index().startsWith(this.names.alias(k) + "-"))
			.findFirst()
			.orElseThrow();
		TitleSource title = hit.source().to(TitleSource.class);
		return new TitleSuggestion(Languages.pick(title.sourceLanguage(), title.title(), language).text(), kind,
				title.slug(), GlobalIds.of(kind, title.id()));
	}

	/** The part of a document a title suggestion reads. */
	record TitleSource(String id, String slug, String sourceLanguage, java.util.Map<String, String> title) {

	}

	/**
	 * What a search box can offer.
	 *
	 * @param titles matching titles, best first
	 * @param places matching places, best first
	 */
	public record Suggestions(List<TitleSuggestion> titles, List<PlaceSuggestion> places) {

	}

	/**
	 * A record whose title matches.
	 *
	 * @param text the title
	 * @param kind its kind
	 * @param slug its slug
	 * @param id its global id
	 */
	public record TitleSuggestion(String text, ContentKind kind, String slug, String id) {

	}

	/**
	 * A place of the gazetteer.
	 *
	 * @param name its name
	 * @param federalState its state
	 * @param location its centre
	 */
	public record PlaceSuggestion(String name, de.netzwerkiq.directory.indexer.content.FederalState federalState,
			de.netzwerkiq.directory.indexer.content.GeoLocation location) {

	}

}
