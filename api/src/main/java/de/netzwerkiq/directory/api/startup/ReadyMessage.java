package de.netzwerkiq.directory.api.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.elasticsearch.EmbeddedElasticsearch;
import de.netzwerkiq.directory.api.security.EditorKeys;

/** Tells the person who started the app where to point their browser, once it answers. */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final ObjectProvider<EmbeddedElasticsearch> embedded;

	private final EditorKeys editorKeys;

	ReadyMessage(ObjectProvider<EmbeddedElasticsearch> embedded, EditorKeys editorKeys) {
		this.embedded = embedded;
		this.editorKeys = editorKeys;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		EmbeddedElasticsearch node = this.embedded.getIfAvailable();
		log.info("""

				  IQ Directory is ready ({} s).
				    GraphQL:  {}/graphql
				    GraphiQL: {}/graphiql
				    Health:   {}/actuator/health
				    Elasticsearch: {}
				    Editor API key (development only, new each start): {}
				""", String.format(java.util.Locale.ROOT, "%.1f", event.getTimeTaken().toMillis() / 1000.0), base, base,
				base, (node != null) ? node : "configured cluster",
				this.editorKeys.developmentKey().orElse("configured (iq.security.editor-api-keys)"));
	}

}
