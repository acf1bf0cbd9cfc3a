package de.netzwerkiq.directory.api.observability;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.springframework.stereotype.Component;

/**
 * Notes the name of the operation being run, also when the client named it only in the
 * document ({@code query FinderList {…}}) and not in {@code operationName}, for
 * {@link OperationNames}.
 */
@Component
class OperationNameCapture extends SimplePerformantInstrumentation {

	static final String KEY = OperationNameCapture.class.getName();

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		String name = context.getOperationDefinition().getName();
		if (name != null) {
			context.getGraphQLContext().put(KEY, name);
		}
		return SimpleInstrumentationContext.noOp();
	}

}
