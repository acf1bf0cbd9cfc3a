package de.netzwerkiq.directory.api.support;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;

/** Generated records streamed into a reindex, never all in memory. */
public final class GeneratedContent {

	private GeneratedContent() {
	}

	public static ContentSource of(ContentKind kind, long records) {
		return new ContentSource("generated:" + records, () -> {
			PipedInputStream in = new PipedInputStream(1 << 20);
			PipedOutputStream out = new PipedOutputStream(in);
			Thread writer = new Thread(() -> {
				try (out) {
					SampleContentGenerator.fromGazetteer().write(kind, records, out);
				}
				catch (IOException ex) {
					// The reader stopped early (it closed its end): nothing to write for.
				}
			}, "generator");
			writer.setDaemon(true);
			writer.start();
			return in;
		});
	}

}
