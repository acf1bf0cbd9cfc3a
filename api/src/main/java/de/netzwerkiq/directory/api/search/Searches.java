package de.netzwerkiq.directory.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.springframework.stereotype.Service;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.geo.BoundingBox;
import de.netzwerkiq.directory.api.geo.GeoPointInput;
import de.netzwerkiq.directory.api.geo.GeoScope;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.geo.SearchOrigin;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * Checks a search query's arguments, reads from the GraphQL selection which extras to
 * compute (facets, clusters, total, highlights) so they come from the same Elasticsearch
 * request, and runs it. Every argument error is found here, before Elasticsearch is
 * called.
 */
@Service
public class Searches {

	/** Longer texts are not searches a person typed. */
	public static final int MAX_TEXT_LENGTH = 200;

	/** Relay's usual ceiling: a page is something a person looks at. */
	public static final int MAX_FIRST = 100;

	private final ContentSearch search;

	private final Places places;

	private final OccupationThesaurus thesaurus;

	Searches(ContentSearch search, Places places, OccupationThesaurus thesaurus) {
		this.search = search;
		this.places = places;
		this.thesaurus = thesaurus;
	}

	/**
	 * Runs a search; the caller names the document type its kinds give.
	 * @param <D> the document type of the kinds searched
	 */
	@SuppressWarnings("unchecked")
	public <D extends ContentDocument> SearchConnection<D> search(SearchArguments arguments,
			DataFetchingEnvironment env) {
		ContentLanguage language = Languages.requested(arguments.language(), env);
		SearchConnection<?> connection = this.search.search(spec(arguments, language, env.getSelectionSet()));
		return (SearchConnection<D>) connection;
	}

	/**
	 * The centres nearest to a point, nearest first, optionally within a radius: the same
	 * request as a {@code DISTANCE}-sorted connection, without the connection. Centres
	 * that advise remotely only have no point and cannot be nearest. Reads only the
	 * fields the selection shows, as connections do.
	 */
	public List<NearbyAdviceCentre> nearest(GeoPointInput near, int first, Double withinKm,
			DataFetchingFieldSelectionSet selection) {
		SearchOrigin origin = new SearchOrigin(Places.point("near", near), null, null, null);
		SearchSpec spec = new SearchSpec(List.of(ContentKind.ADVICE_CENTRES), null, OccupationText.NONE, null,
				new GeoScope(origin, withinKm), null, false, Map.of(), List.of(), SearchSort.DISTANCE, first, null,
				List.of(), Set.of(), false, false, SourceFields.ofNearby(SourceFields.paths(selection)), Instant.now());
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
	public List<ContentDocument> all(SearchArguments arguments, ContentLanguage language, int limit) {
		List<ContentDocument> results = new ArrayList<>();
		String after = null;
		do {
			SearchArguments page = new SearchArguments(arguments.kinds(), arguments.text(), arguments.language(),
					arguments.near(), arguments.within(), arguments.filter(), arguments.sort(),
					arguments.includeLocationIndependent(), Math.min(MAX_FIRST, limit - results.size()), after);
			SearchConnection<ContentDocument> connection = this.search
				.search(spec(page, language, List.of(), Set.of(), false, false, null));
			connection.edges().forEach((edge) -> results.add(edge.node()));
			after = connection.pageInfo().hasNextPage() ? connection.pageInfo().endCursor() : null;
		}
		while (after != null && results.size() < limit);
		return results;
	}

	SearchSpec spec(SearchArguments arguments, ContentLanguage language, DataFetchingFieldSelectionSet selection) {
		Set<String> selected = SourceFields.paths(selection);
		return spec(arguments, language, facets(selection, arguments.kinds()), clusterZooms(selection),
				selected.contains("totalCount"), selected.contains("edges/highlights"),
				SourceFields.of(selected, arguments.near() != null));
	}

	private SearchSpec spec(SearchArguments arguments, ContentLanguage language, List<FacetField> facets,
			Set<Integer> clusterZooms, boolean totalCount, boolean highlights, List<String> sourceFields) {
		String text = text(arguments.text());
		// Every page of a search is filtered as of its first page, so "upcoming" or "open
		// now" cannot shift between pages.
		Instant evaluated = (arguments.after() != null) ? Cursor.evaluatedAt(arguments.after()) : null;
		Instant now = (evaluated != null) ? evaluated : Instant.now();
		if (arguments.first() < 1 || arguments.first() > MAX_FIRST) {
			throw new InvalidArgumentException("first",
					"first must be between 1 and " + MAX_FIRST + " (got " + arguments.first() + ")");
		}
		GeoScope near = this.places.resolve(arguments.near());
		BoundingBox within = this.places.box(arguments.within());
		List<ContentKind> kinds = arguments.kinds();
		SearchSort sort = sort(arguments.sort(), text, near, kinds);
		Map<FacetField, List<String>> selections = new EnumMap<>(FacetField.class);
		List<co.elastic.clients.elasticsearch._types.query_dsl.Query> constraints = List.of();
		if (arguments.filter() != null) {
			arguments.filter().selections().forEach((field, values) -> {
				List<String> stored = new ArrayList<>();
				for (Object value : values) {
					stored.add(storedValue(field, value));
				}
				selections.put(field, stored);
			});
			constraints = arguments.filter().constraints(now);
		}
		OccupationText occupations = (text != null) ? this.thesaurus.read(text) : OccupationText.NONE;
		return new SearchSpec(kinds, text, occupations, language, near, within, arguments.includeLocationIndependent(),
				selections, constraints, sort, arguments.first(), arguments.after(), facets, clusterZooms, totalCount,
				highlights, sourceFields, now);
	}

	private static String text(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidArgumentException("text",
					"text must be at most " + MAX_TEXT_LENGTH + " characters (got " + text.length() + ")");
		}
		return text.strip();
	}

	private static SearchSort sort(SearchSort sort, String text, GeoScope near, List<ContentKind> kinds) {
		if (sort == null) {
			return (text != null) ? SearchSort.RELEVANCE : (near != null) ? SearchSort.DISTANCE : SearchSort.NEWEST;
		}
		if (sort == SearchSort.DISTANCE && near == null) {
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

	/** Every facet any selection of {@code facets} asks for, in schema order. */
	private static List<FacetField> facets(DataFetchingFieldSelectionSet selection, List<ContentKind> kinds) {
		Set<FacetField> wanted = new LinkedHashSet<>();
		for (SelectedField field : selection.getImmediateFields()) {
			if (field.getName().equals("facets")) {
				wanted.addAll(requestedFacets(field.getArguments().get("fields"), kinds));
			}
		}
		return List.copyOf(wanted);
	}

	/**
	 * The facets one {@code facets(fields:)} selection asks for; all of the kind's when
	 * omitted.
	 */
	public static List<FacetField> requestedFacets(Object fields, List<ContentKind> kinds) {
		List<FacetField> applicable = FacetField.of(kinds);
		if (fields == null) {
			return applicable;
		}
		List<FacetField> requested = new ArrayList<>();
		for (Object name : (List<?>) fields) {
			FacetField facet = FacetField.valueOf(String.valueOf(name));
			if (!applicable.contains(facet)) {
				throw new InvalidArgumentException("facets.fields", "The facet " + facet + " does not apply here; "
						+ ((kinds.size() == 1) ? kinds.get(0).slug() : "a cross-kind search") + " has " + applicable);
			}
			requested.add(facet);
		}
		return requested;
	}

	private static Set<Integer> clusterZooms(DataFetchingFieldSelectionSet selection) {
		Set<Integer> zooms = new LinkedHashSet<>();
		for (SelectedField field : selection.getImmediateFields()) {
			if (field.getName().equals("clusters")) {
				Object zoom = field.getArguments().get("zoom");
				int value = (zoom instanceof Number number) ? number.intValue() : -1;
				if (value < 0 || value > MapCluster.MAX_ZOOM) {
					throw new InvalidArgumentException("clusters.zoom",
							"clusters.zoom must be between 0 and " + MapCluster.MAX_ZOOM + " (got " + zoom + ")");
				}
				zooms.add(value);
			}
		}
		return zooms;
	}

}
