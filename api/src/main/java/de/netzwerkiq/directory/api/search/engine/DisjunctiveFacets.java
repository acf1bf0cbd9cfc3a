package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import de.netzwerkiq.directory.api.facets.Facet.FacetValue;
import de.netzwerkiq.directory.api.facets.Facet;
import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Disjunctive faceting in one request: the facet selections go into {@code post_filter}
 * (so hits honour all of them) and each facet is counted under a {@code filter}
 * aggregation holding every selection but its own, so "Berlin (12) · Hamburg (7)" stays
 * visible while Berlin is selected. Within a facet, values are ORed; facets are ANDed.
 */
final class DisjunctiveFacets {

	private static final String PREFIX = "facet_";

	private final List<ContentKind> kinds;

	private final Map<FacetField, List<String>> selections;

	private final IndexNames names;

	/**
	 * @param kinds the kinds searched
	 * @param selections per facet the selected values, as stored (empty lists are
	 * ignored)
	 * @param names to map kinds to their aliases and back
	 */
	DisjunctiveFacets(List<ContentKind> kinds, Map<FacetField, List<String>> selections, IndexNames names) {
		this.kinds = List.copyOf(kinds);
		Map<FacetField, List<String>> nonEmpty = new EnumMap<>(FacetField.class);
		selections.forEach((field, values) -> {
			if (values != null && !values.isEmpty()) {
				nonEmpty.put(field, List.copyOf(new LinkedHashSet<>(values)));
			}
		});
		this.selections = nonEmpty;
		this.names = names;
	}

	/** Every selection ANDed; empty when nothing is selected. */
	public Optional<Query> postFilter() {
		return (this.selections.isEmpty()) ? Optional.empty() : Optional.of(allExcept(null));
	}

	/** The selections of every facet but {@code excluded} (null: all of them). */
	public Query allExcept(FacetField excluded) {
		List<Query> filters = new ArrayList<>();
		this.selections.forEach((field, values) -> {
			if (field != excluded) {
				filters.add(selection(field, values));
			}
		});
		return filters.isEmpty() ? Query.of((q) -> q.matchAll((m) -> m))
				: Query.of((q) -> q.bool((b) -> b.filter(filters)));
	}

	/** One filter aggregation per facet, each with a terms aggregation inside. */
	public Map<String, Aggregation> aggregations(Collection<FacetField> facets) {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		for (FacetField facet : facets) {
			String field = indexField(facet);
			aggregations.put(PREFIX + facet.name(), Aggregation.of((a) -> a.filter(allExcept(facet))
				.aggregations("values",
						Aggregation.of((t) -> t.terms((terms) -> terms.field(field).size(facet.bucketCount()))))));
		}
		return aggregations;
	}

	/** The counts from a response, in the order asked for. */
	public List<Facet> read(Map<String, Aggregate> aggregations, Collection<FacetField> facets) {
		List<Facet> result = new ArrayList<>();
		for (FacetField facet : facets) {
			Aggregate values = aggregations.get(PREFIX + facet.name()).filter().aggregations().get("values");
			Map<String, Long> counts = new LinkedHashMap<>();
			if (values.isSterms()) {
				for (StringTermsBucket bucket : values.sterms().buckets().array()) {
					counts.merge(clientValue(facet, bucket.key().stringValue()), bucket.docCount(), Long::sum);
				}
			}
			else if (values.isLterms()) {
				// Booleans are counted as long terms: key_as_string is "true" or "false".
				values.lterms()
					.buckets()
					.array()
					.forEach((bucket) -> counts.merge(bucket.keyAsString(), bucket.docCount(), Long::sum));
			}
			Set<String> selected = new LinkedHashSet<>();
			for (String stored : this.selections.getOrDefault(facet, List.of())) {
				selected.add(clientValue(facet, stored));
			}
			List<FacetValue> facetValues = new ArrayList<>();
			counts.forEach((value, count) -> facetValues.add(new FacetValue(value, count, selected.contains(value))));
			// A selected value with no results stays visible, so a UI can unselect it.
			for (String value : selected) {
				if (!counts.containsKey(value)) {
					facetValues.add(new FacetValue(value, 0, true));
				}
			}
			result.add(new Facet(facet, facetValues));
		}
		return result;
	}

	private Query selection(FacetField facet, List<String> values) {
		// Kinds are selected by alias, which a terms query on _index accepts.
		List<FieldValue> terms = values.stream()
			.map((value) -> (facet == FacetField.KIND) ? this.names.alias(ContentKind.valueOf(value)) : value)
			.map(FieldValue::of)
			.toList();
		String field = indexField(facet);
		return Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(terms))));
	}

	/** Common facets have the same field name in every kind they apply to. */
	private String indexField(FacetField facet) {
		if (facet == FacetField.KIND) {
			return "_index";
		}
		return facet.field(this.kinds.get(0))
			.orElseThrow(() -> new IllegalArgumentException(facet + " does not apply to " + this.kinds.get(0)));
	}

	private String clientValue(FacetField facet, String stored) {
		if (facet == FacetField.KIND) {
			// Selections hold aliases; buckets hold the concrete, versioned index names.
			for (ContentKind kind : ContentKind.values()) {
				String alias = this.names.alias(kind);
				if (stored.equals(alias) || stored.startsWith(alias + "-")) {
					return kind.name();
				}
			}
		}
		return facet.toClientValue(stored);
	}

}
