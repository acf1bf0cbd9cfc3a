package de.netzwerkiq.directory.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Depth, aliases, directives and cost of every operation, checked after validation and
 * before the first field is fetched, so a query over a limit never reaches Elasticsearch.
 * Every response reports its cost in {@code extensions.cost}, so a client sees how close
 * it is to the budget. Once a request has run longer than its timeout, no further root
 * field is fetched.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	QueryLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	/** What one execution measured, and when it must be done by. */
	static final class State implements InstrumentationState {

		final long deadline;

		volatile long cost = -1;

		State(long deadline) {
			this.deadline = deadline;
		}

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new State(System.nanoTime() + this.limits.timeout().toNanos());
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryCost.Measure measure = new QueryCost(context.getGraphQLSchema(), context.getFragmentsByName(),
				context.getCoercedVariables().toMap())
			.of(context.getOperationDefinition());
		((State) state).cost = measure.cost();
		check("maxDepth", "The query nests fields %d levels deep; the limit is %d", measure.depth(),
				this.limits.maxDepth());
		check("maxAliases", "The query uses %d aliases; the limit is %d", measure.aliases(), this.limits.maxAliases());
		check("maxDirectives", "The query uses %d directives; the limit is %d", measure.directives(),
				this.limits.maxDirectives());
		check("maxCost",
				"The query costs %d; the limit is %d (each search costs " + QueryCost.REQUEST_COST
						+ ", each field 1, fields under edges once per result: ask for fewer results or fields)",
				measure.cost(), this.limits.maxCost());
		return SimpleInstrumentationContext.noOp();
	}

	private static void check(String limit, String message, long actual, long maximum) {
		if (actual > maximum) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("limit", limit);
			extensions.put("maximum", maximum);
			extensions.put("actual", actual);
			GraphQLError error = GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(String.format(java.util.Locale.ROOT, message, actual, maximum))
				.extensions(extensions)
				.build();
			throw new AbortExecutionException(List.of(error));
		}
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		// A trivial fetcher reads a property and never searches; asking it first spares
		// building the step info of every field of every result.
		if (parameters.isTrivialDataFetcher() || !(state instanceof State limits)
				|| parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
			return dataFetcher;
		}
		return (env) -> {
			if (System.nanoTime() > limits.deadline) {
				throw new RequestTimeoutException(this.limits.timeout());
			}
			return dataFetcher.get(env);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof State limits && limits.cost >= 0) {
			Map<String, Object> cost = new LinkedHashMap<>();
			cost.put("requested", limits.cost);
			cost.put("limit", this.limits.maxCost());
			return CompletableFuture.completedFuture(result.transform((b) -> b.addExtension("cost", cost)));
		}
		return CompletableFuture.completedFuture(result);
	}

}
