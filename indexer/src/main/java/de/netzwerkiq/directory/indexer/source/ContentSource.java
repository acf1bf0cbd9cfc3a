package de.netzwerkiq.directory.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * A readable source of records: a file an editor wrote, or the bundled sample content.
 *
 * @param name how reports name it
 * @param opener opens a fresh stream, each time from the start: a reindex reads its
 * source a second time when some lines may repeat an earlier id or slug, to decide those
 */
public record ContentSource(String name, Opener opener) {

	/** Opens the source's bytes. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	public InputStream open() throws IOException {
		return this.opener.open();
	}

	public static ContentSource file(Path path) {
		return new ContentSource(path.toString(), () -> {
			if (!Files.isRegularFile(path)) {
				throw new NoSuchFileException(path.toString(), null, "no such source file");
			}
			return Files.newInputStream(path);
		});
	}

	/** The fictional sample content bundled with the indexer. */
	public static ContentSource sample(ContentKind kind) {
		String resource = "sample-content/" + kind.slug() + ".ndjson";
		return new ContentSource(resource, () -> {
			InputStream in = ContentSource.class.getClassLoader().getResourceAsStream(resource);
			if (in == null) {
				throw new NoSuchFileException(resource, null, "no sample content on the classpath");
			}
			return in;
		});
	}

}
