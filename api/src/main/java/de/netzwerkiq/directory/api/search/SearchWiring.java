package de.netzwerkiq.directory.api.search;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.facets.Facet;
import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.geo.MapCluster;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * The connection fields with arguments of their own: the search already computed every
 * facet and zoom the selection asked for; each selection (aliases included) gets its
 * part.
 */
@Component
class SearchWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		connection(wiring, "AdviceCentreConnection", List.of(ContentKind.ADVICE_CENTRES), true);
		connection(wiring, "TrainingOfferConnection", List.of(ContentKind.TRAINING_OFFERS), true);
		connection(wiring, "CurriculumConnection", List.of(ContentKind.CURRICULA), false);
		connection(wiring, "StartUpResourceConnection", List.of(ContentKind.START_UP_RESOURCES), false);
		connection(wiring, "SearchConnection", List.of(ContentKind.values()), true);
	}

	private static void connection(RuntimeWiring.Builder wiring, String type, List<ContentKind> kinds, boolean mapped) {
		// Trivial: they pick from what the search computed, so Spring for GraphQL need
		// not capture the request's context around each call.
		TrivialDataFetcher<List<Facet>> facets = (env) -> {
			SearchConnection<?> connection = env.getSource();
			List<FacetField> wanted = SelectedExtras.requestedFacets(env.getArgument("fields"), kinds);
			List<Facet> computed = connection.facets();
			return wanted.stream()
				.map((field) -> computed.stream().filter((facet) -> facet.field() == field).findFirst().orElseThrow())
				.toList();
		};
		TrivialDataFetcher<List<MapCluster>> clusters = (env) -> {
			SearchConnection<?> connection = env.getSource();
			return connection.clusters().get(env.<Integer>getArgument("zoom"));
		};
		wiring.type(type, (builder) -> {
			builder.dataFetcher("facets", facets);
			if (mapped) {
				builder.dataFetcher("clusters", clusters);
			}
			return builder;
		});
	}

}
