package de.netzwerkiq.directory.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.GraphQlSource;

import de.netzwerkiq.directory.api.concepts.ConceptThesaurus;
import de.netzwerkiq.directory.api.geo.Places;
import de.netzwerkiq.directory.api.occupations.OccupationThesaurus;
import de.netzwerkiq.directory.api.search.engine.ContentSearch;
import de.netzwerkiq.directory.api.search.engine.RecordingContentSearch;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * The Elasticsearch requests the API sends for a search query ({@code trainingOffers},
 * {@code adviceCentres}, {@code curricula}, {@code startUpResources}, {@code search},
 * {@code nearestAdviceCentres}), as JSON bodies: the query runs in this JVM against the
 * application's schema, its arguments bound as the controllers bind them, through a real
 * {@link Searches} (text read, places resolved, extras taken from the selection) and a
 * real engine whose client records each request and sends it. Nothing of the request is
 * written out here, so it cannot drift from what the API sends.
 */
public final class EngineRequests {

	private final GraphQL graphQl;

	private final ElasticsearchClient client;

	private final List<SearchRequest> sent = new ArrayList<>();

	public EngineRequests(GraphQlSource source, ElasticsearchClient client, IndexNames names,
			ElasticsearchProperties properties, Places places, OccupationThesaurus occupations,
			ConceptThesaurus concepts) {
		this(source, client, places, occupations, concepts,
				(sent) -> RecordingContentSearch.of(client, names, properties, sent));
	}

	/**
	 * As above, with cursors signed by the running application, so that the cursors of
	 * recorded pages can be sent to its API (a later page through a cursor).
	 */
	public EngineRequests(GraphQlSource source, ElasticsearchClient client, IndexNames names,
			ElasticsearchProperties properties, Places places, OccupationThesaurus occupations,
			ConceptThesaurus concepts, ApplicationContext application) {
		this(source, client, places, occupations, concepts,
				(sent) -> RecordingContentSearch.of(client, names, properties, application, sent));
	}

	private EngineRequests(GraphQlSource source, ElasticsearchClient client, Places places,
			OccupationThesaurus occupations, ConceptThesaurus concepts,
			Function<Consumer<SearchRequest>, ContentSearch> engine) {
		this.client = client;
		Searches searches = new Searches(engine.apply(this.sent::add), places, occupations, concepts);
		GraphQlArgumentBinder binder = new GraphQlArgumentBinder();
		GraphQLSchema schema = source.schema();
		GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
		connection(registry, "adviceCentres", List.of(ContentKind.ADVICE_CENTRES), AdviceCentreFilter.class, searches,
				binder);
		connection(registry, "trainingOffers", List.of(ContentKind.TRAINING_OFFERS), TrainingOfferFilter.class,
				searches, binder);
		connection(registry, "curricula", List.of(ContentKind.CURRICULA), CurriculumFilter.class, searches, binder);
		connection(registry, "startUpResources", List.of(ContentKind.START_UP_RESOURCES), StartUpResourceFilter.class,
				searches, binder);
		connection(registry, "search", List.of(ContentKind.values()), ContentFilter.class, searches, binder);
		registry.dataFetcher(FieldCoordinates.coordinates("Query", "nearestAdviceCentres"), (DataFetcher<?>) (env) -> {
			AdviceCentreController.NearestArguments arguments = (AdviceCentreController.NearestArguments) binder
				.bind(env, null, ResolvableType.forClass(AdviceCentreController.NearestArguments.class));
			return searches.nearest(arguments.near(), arguments.pageSize(), arguments.withinKm(),
					env.getSelectionSet());
		});
		GraphQLCodeRegistry recording = registry.build();
		this.graphQl = GraphQL.newGraphQL(schema.transform((s) -> s.codeRegistry(recording))).build();
	}

	private static void connection(GraphQLCodeRegistry.Builder registry, String field, List<ContentKind> kinds,
			Class<? extends SearchFilter> filterType, Searches searches, GraphQlArgumentBinder binder) {
		registry.dataFetcher(FieldCoordinates.coordinates("Query", field),
				(DataFetcher<?>) (DataFetchingEnvironment env) -> searches.search(kinds,
						(SearchArguments) binder.bind(env, null, ResolvableType.forClass(SearchArguments.class)),
						(SearchFilter) binder.bind(env, "filter", ResolvableType.forClass(filterType)), env));
	}

	/**
	 * Runs the query once and returns the search requests it sent, in order: one for a
	 * first page that found something, more when the text had to be relaxed.
	 */
	public List<SearchRequest> of(String query, Map<String, Object> variables) {
		return run(query, variables).requests();
	}

	/** Runs the query once: the search requests it sent, in order, and its answer. */
	public Recorded run(String query, Map<String, Object> variables) {
		this.sent.clear();
		ExecutionResult result = this.graphQl
			.execute(ExecutionInput.newExecutionInput().query(query).variables(variables).build());
		if (!result.getErrors().isEmpty()) {
			throw new IllegalStateException("The query failed: " + result.getErrors());
		}
		return new Recorded(List.copyOf(this.sent), result.getData());
	}

	/** The request's body as the application's client writes it. */
	public String body(SearchRequest request) {
		return JsonpUtils.toJsonString(request, this.client._jsonpMapper());
	}

	/**
	 * The path and query string the client sends the request to: its indices (none for a
	 * point-in-time), and the parameters the body does not carry.
	 */
	public static String path(SearchRequest request) {
		StringBuilder path = new StringBuilder();
		if (!request.index().isEmpty()) {
			path.append('/').append(String.join(",", request.index()));
		}
		path.append("/_search?typed_keys=true");
		if (request.requestCache() != null) {
			path.append("&request_cache=").append(request.requestCache());
		}
		return path.toString();
	}

	/**
	 * What one query did.
	 *
	 * @param requests the search requests it sent, in order
	 * @param data its answer's {@code data}
	 */
	public record Recorded(List<SearchRequest> requests, Map<String, Object> data) {

		/** The last request: the one whose answer the API read. */
		public SearchRequest last() {
			return this.requests.get(this.requests.size() - 1);
		}

	}

}
