package de.netzwerkiq.directory.api.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import de.netzwerkiq.directory.indexer.index.IndexFields;

/**
 * The {@code _source} fields a search reads: only what the GraphQL selection shows of
 * each node. A finder that lists titles then reads 21 titles instead of 21 records with
 * every text in eight languages, in Elasticsearch and in the API.
 *
 * <p>
 * Schema fields of the content types are named like the document properties they show
 * (checked by {@code SourceFieldsTests}); the few that are not are mapped here.
 */
final class SourceFields {

	/** Always read: the global id, and the language every text falls back to. */
	private static final List<String> ALWAYS = List.of(IndexFields.ID, IndexFields.SOURCE_LANGUAGE);

	/** Schema fields computed from document properties of other names. */
	private static final Map<String, List<String>> DERIVED = Map.of("recordId", List.of(IndexFields.ID), "isOpen",
			List.of(IndexFields.OFFICES, "closures"));

	/**
	 * Schema fields computed from nearly every property (the schema.org JSON-LD): a
	 * selection with one reads the whole {@code _source}, as lookups do.
	 */
	private static final Set<String> WHOLE_RECORD = Set.of("jsonLd");

	/**
	 * A record's sites, whole: read when the nearest one is shown.
	 */
	private static final List<String> SITES = List.of(IndexFields.OFFICES, IndexFields.VENUES);

	/**
	 * Enough to measure distances and to tell whether a record has a place at all (every
	 * site has a location): a finder that lists distances reads a few bytes per site
	 * instead of addresses, contacts and opening hours.
	 */
	private static final List<String> SITE_LOCATIONS = List.of(IndexFields.OFFICES + ".location",
			IndexFields.VENUES + ".location");

	private SourceFields() {
	}

	/**
	 * Every field a selection shows, by its path ({@code edges/node/title}): read once
	 * per search, where a glob per question ({@code contains}, {@code getFields}) would
	 * compile a pattern each time.
	 * @param selection a field's selection
	 * @return the qualified names of all fields selected under it
	 */
	static Set<String> paths(DataFetchingFieldSelectionSet selection) {
		Set<String> paths = new HashSet<>();
		for (SelectedField field : selection.getFields()) {
			paths.add(field.getQualifiedName());
		}
		return paths;
	}

	/**
	 * The fields to read for this selection of a connection.
	 * @param selected the {@link #paths paths} of the connection's selection
	 * @param measured whether distances to each record's sites are computed
	 * @return the document properties to read; null for all of them
	 */
	static List<String> of(Set<String> selected, boolean measured) {
		List<String> sites = List.of();
		if (measured || selected.contains("edges/locationIndependent")) {
			sites = selected.contains("edges/nearestSite") ? SITES : SITE_LOCATIONS;
		}
		return read(selected, "edges/node/", sites, selected.contains("edges/matchedOccupations"));
	}

	/**
	 * The fields to read for {@code nearestAdviceCentres}: what its selection shows of
	 * each centre, and the offices' locations, which every result is measured to (the
	 * offices whole when the nearest one is shown).
	 * @param selected the {@link #paths paths} of the selection of the list of nearby
	 * centres
	 * @return the document properties to read; null for all of them
	 */
	static List<String> ofNearby(Set<String> selected) {
		return read(selected, "adviceCentre/", selected.contains("nearestOffice") ? SITES : SITE_LOCATIONS, false);
	}

	private static List<String> read(Set<String> selected, String node, List<String> sites, boolean occupations) {
		Set<String> fields = new LinkedHashSet<>(ALWAYS);
		fields.addAll(sites);
		if (occupations) {
			fields.add(IndexFields.OCCUPATIONS);
		}
		for (String path : selected) {
			if (!path.startsWith(node) || path.indexOf('/', node.length()) >= 0) {
				continue;
			}
			String name = path.substring(node.length());
			if (WHOLE_RECORD.contains(name)) {
				return null;
			}
			if (!name.startsWith("__")) {
				fields.addAll(DERIVED.getOrDefault(name, List.of(name)));
			}
		}
		return List.copyOf(fields);
	}

	/** Schema fields that are not document properties of their own name. */
	static Set<String> derived() {
		Set<String> derived = new HashSet<>(DERIVED.keySet());
		derived.addAll(WHOLE_RECORD);
		return derived;
	}

}
