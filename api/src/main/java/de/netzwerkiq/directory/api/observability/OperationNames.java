package de.netzwerkiq.directory.api.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * GraphQL request timings by operation name ({@code graphql.operation.name} on
 * {@code graphql.request}), so an operator sees which of the finder's queries is slow.
 * Names come from clients, so they are bounded: well-formed names only, at most
 * {@value #MAX_NAMES} of them, everything else is {@code other}.
 */
@Component
@EnableConfigurationProperties(ObservabilityProperties.class)
class OperationNames extends DefaultExecutionRequestObservationConvention {

	static final int MAX_NAMES = 100;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		String name = context.getExecutionInput().getGraphQLContext().get(OperationNameCapture.KEY);
		if (name == null) {
			name = context.getExecutionInput().getOperationName();
		}
		return super.getLowCardinalityKeyValues(context).and(KeyValue.of("graphql.operation.name", bounded(name)));
	}

	private String bounded(String name) {
		if (name == null) {
			return "anonymous";
		}
		if (!WELL_FORMED.matcher(name).matches()) {
			return "other";
		}
		if (this.seen.contains(name) || (this.seen.size() < MAX_NAMES && this.seen.add(name))) {
			return name;
		}
		return "other";
	}

}
