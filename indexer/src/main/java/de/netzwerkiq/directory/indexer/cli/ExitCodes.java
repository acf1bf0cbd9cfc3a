package de.netzwerkiq.directory.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

import de.netzwerkiq.directory.indexer.index.IndexOperationException;
import de.netzwerkiq.directory.indexer.load.PublishingException;
import de.netzwerkiq.directory.indexer.load.ReindexLockedException;

/**
 * The CLI's exit codes, in one place: commands return {@link #DONE} or {@link #NOT_DONE},
 * failures are mapped here by what they mean, and {@code --help} lists the {@code *_HELP}
 * lines. Scripts depend on the numbers, so an existing one never changes its meaning.
 */
final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler {

	/** Swapped, rolled back, published, unpublished, written. */
	static final int DONE = 0;

	/** Not swapped, or the command's work was refused as the content stands. */
	static final int NOT_DONE = 1;

	static final int BAD_USAGE = 2;

	/**
	 * Elasticsearch could not be reached or refused a request, or a file could not be
	 * read or written.
	 */
	static final int UNREACHABLE = 3;

	static final int LOCKED = 4;

	/**
	 * Anything else is a bug. EX_SOFTWARE from sysexits.h, far from the others so a
	 * script that retries on 3 or 4 cannot mistake it for them.
	 */
	static final int BUG = 70;

	static final String HEADING = "%nExit codes:%n";

	// Each help line starts with its constant, so a number cannot drift from its text.

	static final String SWAPPED_HELP = DONE + ":done: the alias was swapped (or rolled back)";

	static final String NOT_SWAPPED_HELP = NOT_DONE
			+ ":not swapped: a check failed (rejected records, empty index, count drop, smoke query) or the lock was lost;"
			+ " a dry run would not swap; or nothing to roll back to";

	static final String BAD_USAGE_HELP = BAD_USAGE + ":bad usage (the message says what)";

	static final String UNREACHABLE_HELP = UNREACHABLE
			+ ":Elasticsearch could not be reached or refused a request, or a file could not be read or written";

	static final String LOCKED_HELP = LOCKED + ":another reindex or rollback of the kind is running (try again later)";

	static final String BUG_HELP = BUG + ":a bug in iq-indexer: please report it with the stack trace it printed";

	private static final String NAME = "iq-indexer: ";

	static int of(boolean done) {
		return done ? DONE : NOT_DONE;
	}

	/** Picocli also asks this for bad usage, so it must answer for that too. */
	@Override
	public int getExitCode(Throwable failure) {
		if (failure instanceof CommandLine.ParameterException) {
			return BAD_USAGE;
		}
		if (failure instanceof ReindexLockedException) {
			return LOCKED;
		}
		if (failure instanceof PublishingException) {
			return NOT_DONE;
		}
		if (failure instanceof IOException || failure instanceof UncheckedIOException
				|| failure instanceof ElasticsearchException || failure instanceof IndexOperationException) {
			return UNREACHABLE;
		}
		return BUG;
	}

	/**
	 * An expected failure shows only its message, written for the person at the terminal;
	 * a bug shows the stack trace, which is what a fix needs.
	 */
	@Override
	public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
		int code = getExitCode(failure);
		PrintWriter err = commandLine.getErr();
		if (code == BUG) {
			err.println(NAME + "this is a bug in iq-indexer, not a problem with your content or cluster: " + failure);
			err.println("Please report it with the command you ran and the stack trace below.");
			failure.printStackTrace(err);
		}
		else {
			err.println(NAME + failure.getMessage());
		}
		err.flush();
		return code;
	}

}
