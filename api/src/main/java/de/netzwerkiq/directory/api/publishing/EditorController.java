package de.netzwerkiq.directory.api.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.Publisher;
import de.netzwerkiq.directory.indexer.load.Reindex;
import de.netzwerkiq.directory.indexer.load.ReindexReport;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.Rejection;

/**
 * What editors do through GraphQL; every operation needs the editor role. Arguments are
 * checked in the methods, behind the role check, not by constraint annotations: Spring
 * for GraphQL validates those before the call reaches the security proxy, and an
 * anonymous caller would learn about editor arguments instead of being told to
 * authenticate.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class EditorController {

	/** Publishing is for a few records; a file is a full reindex. */
	static final int MAX_NDJSON_CHARS = 1_000_000;

	private final ReindexRuns runs;

	private final Reindex reindex;

	private final Publisher publisher;

	EditorController(ReindexRuns runs, Reindex reindex, Publisher publisher) {
		this.runs = runs;
		this.reindex = reindex;
		this.publisher = publisher;
	}

	@MutationMapping
	ReindexRun reindex(@Argument ContentKind kind) {
		return this.runs.start(kind);
	}

	@MutationMapping
	Reindex.Rollback rollback(@Argument ContentKind kind) throws IOException {
		return this.reindex.rollback(kind);
	}

	@MutationMapping
	Publisher.PublishReport publish(@Argument ContentKind kind, @Argument String ndjson) throws IOException {
		if (ndjson.length() > MAX_NDJSON_CHARS) {
			throw new InvalidArgumentException("ndjson",
					"ndjson must be at most 1000000 characters (got " + ndjson.length() + " characters)");
		}
		byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
		return this.publisher.publish(kind,
				new ContentSource("publish mutation", () -> new ByteArrayInputStream(bytes)));
	}

	@MutationMapping
	boolean unpublish(@Argument ContentKind kind, @Argument String id) throws IOException {
		return this.publisher.unpublish(kind, id);
	}

	@QueryMapping
	List<ReindexRun> reindexRuns(@Argument ContentKind kind, @Argument int last) throws IOException {
		if (last < 1 || last > ReindexRuns.KEPT) {
			throw new InvalidArgumentException("last",
					"last must be between 1 and " + ReindexRuns.KEPT + " (got " + last + ")");
		}
		return this.runs.recent(kind, last);
	}

	@SchemaMapping(typeName = "ReindexReport")
	long durationMillis(ReindexReport report) {
		return report.duration().toMillis();
	}

	@SchemaMapping(typeName = "ReindexRun")
	List<Rejection> rejections(ReindexRun run, @Argument @Min(value = 0, message = "must be 0 or more") int first) {
		return run.rejections().stream().limit(first).toList();
	}

}
