package de.netzwerkiq.directory.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.GraphQlSource;

import de.netzwerkiq.directory.api.concepts.ConceptThesaurus;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.engine.RecordingContentSearch;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * The Elasticsearch requests the API sends for a {@code trainingOffers} query, as JSON
 * bodies: the query runs in this JVM against the application's schema, its arguments
 * bound as the controller binds them, through a real {@link Searches} (text read, places
 * resolved, extras taken from the selection) and a real engine whose client records each
 * request and sends it. Nothing of the request is written out here, so it cannot drift
 * from what the API sends.
 */
public final class EngineRequests {

	private final GraphQL graphQl;

	private final ElasticsearchClient client;

	private final List<SearchRequest> sent = new ArrayList<>();

	public EngineRequests(GraphQlSource source, ElasticsearchClient client, IndexNames names,
			ElasticsearchProperties properties, Places places, OccupationThesaurus occupations,
			ConceptThesaurus concepts) {
		this.client = client;
		Searches searches = new Searches(RecordingContentSearch.of(client, names, properties, this.sent::add), places,
				occupations, concepts);
		GraphQlArgumentBinder binder = new GraphQlArgumentBinder();
		DataFetcher<?> trainingOffers = (env) -> searches.search(List.of(ContentKind.TRAINING_OFFERS),
				(SearchArguments) binder.bind(env, null, ResolvableType.forClass(SearchArguments.class)),
				(TrainingOfferFilter) binder.bind(env, "filter", ResolvableType.forClass(TrainingOfferFilter.class)),
				env);
		GraphQLSchema schema = source.schema();
		GraphQLSchema recording = schema.transform((s) -> s.codeRegistry(schema.getCodeRegistry()
			.transform((c) -> c.dataFetcher(FieldCoordinates.coordinates("Query", "trainingOffers"), trainingOffers))));
		this.graphQl = GraphQL.newGraphQL(recording).build();
	}

	/**
	 * Runs the query once and returns the search requests it sent, in order: one for a
	 * first page that found something, more when the text had to be relaxed.
	 */
	public List<SearchRequest> of(String query, Map<String, Object> variables) {
		this.sent.clear();
		ExecutionResult result = this.graphQl
			.execute(ExecutionInput.newExecutionInput().query(query).variables(variables).build());
		if (!result.getErrors().isEmpty()) {
			throw new IllegalStateException("The query failed: " + result.getErrors());
		}
		return List.copyOf(this.sent);
	}

	/** The request's body as the application's client writes it. */
	public String body(SearchRequest request) {
		return JsonpUtils.toJsonString(request, this.client._jsonpMapper());
	}

}
