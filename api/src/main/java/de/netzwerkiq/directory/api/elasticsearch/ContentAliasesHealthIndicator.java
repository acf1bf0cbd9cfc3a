package de.netzwerkiq.directory.api.elasticsearch;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexNames;

/**
 * Up when every kind's alias points at an index, so a load balancer sends no traffic to
 * an instance whose searches would fail or come back empty (part of readiness). Details
 * name the live index of each kind, or what is missing.
 */
@Component("contentAliases")
class ContentAliasesHealthIndicator extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	private final IndexNames names;

	ContentAliasesHealthIndicator(ElasticsearchClient client, IndexNames names) {
		super("Content aliases could not be checked");
		this.client = client;
		this.names = names;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		Map<String, Object> live = new LinkedHashMap<>();
		boolean complete = true;
		for (ContentKind kind : ContentKind.values()) {
			String alias = this.names.alias(kind);
			try {
				var indices = this.client.indices().getAlias((a) -> a.name(alias)).result().keySet();
				live.put(kind.slug(), (indices.size() == 1) ? indices.iterator().next() : indices);
				complete &= !indices.isEmpty();
			}
			catch (ElasticsearchException ex) {
				if (ex.status() != 404) {
					throw ex;
				}
				live.put(kind.slug(), "no alias " + alias + " (not loaded yet?)");
				complete = false;
			}
		}
		(complete ? builder.up() : builder.down()).withDetails(live);
	}

}
