package de.netzwerkiq.directory.api.samplecontent;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.elasticsearch.EmbeddedElasticsearch;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.source.ContentSource;

/**
 * Loads the sample content of every kind through the same reindex an editor uses, before
 * the application reports itself ready.
 */
@Component
@EnableConfigurationProperties(SampleContentProperties.class)
class SampleContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleContentLoader.class);

	private final Reindex reindex;

	private final boolean enabled;

	SampleContentLoader(Reindex reindex, SampleContentProperties properties,
			ObjectProvider<EmbeddedElasticsearch> embedded) {
		this.reindex = reindex;
		this.enabled = (properties.load() != null) ? properties.load() : embedded.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.enabled) {
			return;
		}
		for (ContentKind kind : ContentKind.values()) {
			ReindexReport report = this.reindex.run(kind, ContentSource.sample(kind));
			if (!report.swapped()) {
				throw new IllegalStateException("The bundled sample content did not load:\n" + report.toText());
			}
			log.info("Sample content: {} {} loaded into {} in {} ms; by federal state: {}", report.indexed(),
					kind.slug(), report.index(), report.duration().toMillis(), report.validByState());
		}
	}

}
