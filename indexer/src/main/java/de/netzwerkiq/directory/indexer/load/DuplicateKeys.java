package de.netzwerkiq.directory.indexer.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import com.google.code.externalsorting.ExternalSort;
import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;

import de.netzwerkiq.directory.indexer.validation.Violation;

/**
 * Repeated ids and slugs in a source, found in bounded memory while it is read once.
 * Every key goes to a temporary file ({@code field, key, line}), and a Bloom filter
 * (Guava) of the keys seen so far tells which lines may repeat an earlier one: only those
 * are held back. After the pass, an external sort of the keys (externalsortinginjava, in
 * blocks of {@value #SORT_MEMORY_BYTES} bytes) tells which of them really do, with the
 * line of the first. A first pass that parsed every line for its keys cost a tenth of a
 * reindex; holding every key in maps took 260 bytes of heap per record.
 */
final class DuplicateKeys implements Closeable {

	static final long SORT_MEMORY_BYTES = 16L << 20;

	/**
	 * Keys the filter is sized for at a 1 % false-positive rate (4.8 MB). A larger source
	 * holds more lines back; none is missed.
	 */
	static final int FILTER_KEYS = 4_000_000;

	private final Path directory;

	private final Path keys;

	private final BufferedWriter keyFile;

	private final Path heldBack;

	private final DataOutputStream heldBackFile;

	private final BloomFilter<CharSequence> seen = BloomFilter.create(Funnels.unencodedCharsFunnel(), FILTER_KEYS,
			0.01);

	private DataInputStream heldBackReader;

	private long heldBackLines;

	private DuplicateKeys(Path directory) throws IOException {
		this.directory = directory;
		this.keys = directory.resolve("keys");
		this.keyFile = Files.newBufferedWriter(this.keys, StandardCharsets.UTF_8);
		this.heldBack = directory.resolve("held-back");
		this.heldBackFile = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(this.heldBack)));
	}

	static DuplicateKeys create() throws IOException {
		return new DuplicateKeys(Files.createTempDirectory("iq-directory-keys"));
	}

	/**
	 * Notes a line's keys (called in line order); true when one of them may be on an
	 * earlier line, and the line is then held back until {@link #repeats()} knows.
	 */
	boolean add(String id, String slug, long line) {
		boolean mayRepeat = addKey("id", id, line) | addKey("slug", slug, line);
		if (mayRepeat) {
			try {
				this.heldBackFile.writeLong(line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.heldBackLines++;
		}
		return mayRepeat;
	}

	/**
	 * Notes the keys of a line that is rejected anyway (it could not be read as a
	 * record): a later line repeating them is reported, so the editor hears of both.
	 */
	void addRejected(String id, String slug, long line) {
		addKey("id", id, line);
		addKey("slug", slug, line);
	}

	private boolean addKey(String field, String key, long line) {
		if (key == null) {
			return false;
		}
		// URL-encoded: no tab or line break inside; zero-padded lines sort as numbers.
		String fieldAndKey = field + '\t' + URLEncoder.encode(key, StandardCharsets.UTF_8);
		try {
			this.keyFile.write(fieldAndKey);
			this.keyFile.write('\t');
			String digits = Long.toString(line);
			for (int i = digits.length(); i < 19; i++) {
				this.keyFile.write('0');
			}
			this.keyFile.write(digits);
			this.keyFile.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return !this.seen.put(fieldAndKey);
	}

	/** How many lines were held back. */
	long heldBack() {
		return this.heldBackLines;
	}

	/**
	 * The held-back lines, for a second pass that asks about every line in order: true
	 * for those.
	 */
	LongPredicate heldBackLines() throws IOException {
		this.heldBackFile.flush();
		DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(this.heldBack)));
		this.heldBackReader = in;
		long[] next = { nextOrMax(in) };
		return (line) -> {
			while (next[0] < line) {
				next[0] = nextOrMax(in);
			}
			return next[0] == line;
		};
	}

	private static long nextOrMax(DataInputStream in) {
		try {
			return in.readLong();
		}
		catch (EOFException ex) {
			return Long.MAX_VALUE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every line that repeats an id or slug of an earlier line, with its violations (id
	 * first); read once all lines were added.
	 */
	Map<Long, List<Violation>> repeats() throws IOException {
		this.keyFile.close();
		Path sorted = this.directory.resolve("sorted");
		Comparator<String> order = Comparator.naturalOrder();
		try (BufferedReader in = Files.newBufferedReader(this.keys, StandardCharsets.UTF_8)) {
			List<File> blocks = ExternalSort.sortInBatch(in, Files.size(this.keys), order,
					ExternalSort.DEFAULTMAXTEMPFILES, SORT_MEMORY_BYTES, StandardCharsets.UTF_8,
					this.directory.toFile(), false, 0, false, false);
			ExternalSort.mergeSortedFiles(blocks, sorted.toFile(), order, StandardCharsets.UTF_8, false, false, false);
		}
		return repeats(sorted);
	}

	private static Map<Long, List<Violation>> repeats(Path sorted) throws IOException {
		Map<Long, List<Violation>> repeats = new HashMap<>();
		String group = null;
		long first = 0;
		try (BufferedReader in = Files.newBufferedReader(sorted, StandardCharsets.UTF_8)) {
			String entry;
			while ((entry = in.readLine()) != null) {
				int lineStart = entry.lastIndexOf('\t');
				String fieldAndKey = entry.substring(0, lineStart);
				long line = Long.parseLong(entry.substring(lineStart + 1));
				if (!fieldAndKey.equals(group)) {
					group = fieldAndKey;
					first = line;
					continue;
				}
				int keyStart = fieldAndKey.indexOf('\t');
				String field = fieldAndKey.substring(0, keyStart);
				String key = URLDecoder.decode(fieldAndKey.substring(keyStart + 1), StandardCharsets.UTF_8);
				List<Violation> violations = repeats.computeIfAbsent(line, (l) -> new ArrayList<>(2));
				Violation repeat = new Violation("/" + field,
						field + " '" + key + "' is already used on line " + first);
				// One line may repeat both: the id's message comes first.
				if (field.equals("id")) {
					violations.add(0, repeat);
				}
				else {
					violations.add(repeat);
				}
			}
		}
		return repeats;
	}

	/** Deletes the temporary files. */
	@Override
	public void close() throws IOException {
		try {
			this.keyFile.close();
			this.heldBackFile.close();
			if (this.heldBackReader != null) {
				this.heldBackReader.close();
			}
		}
		finally {
			// Only flat files of ours are in it (the sort deletes its blocks after
			// merging).
			try (var files = Files.list(this.directory)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(this.directory);
		}
	}

}
