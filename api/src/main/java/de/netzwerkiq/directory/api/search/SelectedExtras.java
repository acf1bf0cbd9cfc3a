package de.netzwerkiq.directory.api.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.api.graphql.ArgumentValues;
import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * Reads from a connection's GraphQL selection what to compute beside the results, so that
 * facets, clusters, the total and highlights come from the search's one request.
 */
final class SelectedExtras {

	private SelectedExtras() {
	}

	static ResultExtras of(DataFetchingFieldSelectionSet selection, List<ContentKind> kinds, boolean near) {
		Set<String> selected = SourceFields.paths(selection);
		return new ResultExtras(facets(selection, kinds), clusterZooms(selection), selected.contains("totalCount"),
				selected.contains("edges/highlights"), SourceFields.of(selected, near));
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
	static List<FacetField> requestedFacets(Object fields, List<ContentKind> kinds) {
		List<FacetField> applicable = FacetField.of(kinds);
		if (fields == null) {
			return applicable;
		}
		List<FacetField> requested = new ArrayList<>();
		// Read with the search, before the facets field's own arguments are checked.
		for (Object name : ArgumentValues.distinctValues("facets.fields", (List<?>) fields)) {
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
