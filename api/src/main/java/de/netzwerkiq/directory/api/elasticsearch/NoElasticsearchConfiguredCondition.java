package de.netzwerkiq.directory.api.elasticsearch;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no Elasticsearch address is configured ({@code spring.elasticsearch.uris}
 * or {@code SPRING_ELASTICSEARCH_URIS}): then the app runs its own local node.
 */
class NoElasticsearchConfiguredCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean configured = Binder.get(context.getEnvironment())
			.bind("spring.elasticsearch.uris", Bindable.listOf(String.class))
			.isBound();
		return configured ? ConditionOutcome.noMatch("spring.elasticsearch.uris is set")
				: ConditionOutcome.match("no spring.elasticsearch.uris: using the embedded local node");
	}

}
