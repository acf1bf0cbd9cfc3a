package de.netzwerkiq.directory.indexer.load;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeysTests {

	@Test
	void everyRepeatNamesTheFirstLineOfItsKeyAndIdsComeBeforeSlugs() throws Exception {
		String source = String.join("\n", //
				"{\"id\":\"a\",\"slug\":\"s-a\",\"title\":{\"de\":\"x\"}}", // 1
				"{\"id\":\"b\",\"slug\":\"s-b\"}", // 2
				"", // 3: blank
				"{\"id\":\"a\",\"slug\":\"s-c\"}", // 4: id of 1
				"not json at all", // 5: skipped here, reported by the reader
				"[\"id\", \"a\"]", // 6: not an object
				"{\"id\":\"a\",\"slug\":\"s-b\"}", // 7: id of 1, slug of 2
				"{\"id\":\"ab\",\"slug\":\"s-a \"}", // 8: a longer key, another slug
				"{\"id\":\"tab\\there\",\"slug\":\"x\"}", // 9
				"{\"id\":\"tab\\there\",\"slug\":\"y\"}", // 10: a tab in the key
				"{\"id\":\"ünï%20\\n\",\"slug\":null}", // 11
				"{\"id\":\"ünï%20\\n\"}", // 12: non-ASCII, percent and a line break
				"{\"id\":\"b\",\"slug\":\"s-b\",\"body\":{\"de\":\"{\\\"id\\\":\\\"z\\\"}\"}}"); // 13
		Map<Long, List<String>> repeats = describe(DuplicateKeys.find(source(source)));

		assertThat(repeats).containsOnlyKeys(4L, 7L, 10L, 12L, 13L);
		assertThat(repeats.get(4L)).containsExactly("/id id 'a' is already used on line 1");
		assertThat(repeats.get(7L)).containsExactly("/id id 'a' is already used on line 1",
				"/slug slug 's-b' is already used on line 2");
		assertThat(repeats.get(10L)).containsExactly("/id id 'tab\there' is already used on line 9");
		assertThat(repeats.get(12L)).containsExactly("/id id 'ünï%20\n' is already used on line 11");
		assertThat(repeats.get(13L)).containsExactly("/id id 'b' is already used on line 2",
				"/slug slug 's-b' is already used on line 2");
	}

	@Test
	void manyRecordsSortedInSeveralBlocksAndTheTemporaryFilesAreGone(@TempDir Path directory) throws Exception {
		// 300,000 keys of ~60 bytes are more than one 16 MB sort block; every 1000th
		// record
		// repeats the id of the record 500 lines before it.
		StringBuilder source = new StringBuilder();
		for (int i = 1; i <= 300_000; i++) {
			int id = (i % 1000 == 0) ? i - 500 : i;
			source.append("{\"id\":\"record-")
				.append(id)
				.append("-with-a-longer-identifier\",\"slug\":\"slug-")
				.append(i)
				.append("\"}\n");
		}
		Path file = directory.resolve("big.ndjson");
		Files.writeString(file, source);
		String tmp = System.getProperty("java.io.tmpdir");
		long before = countKeyDirectories(tmp);

		Map<Long, List<String>> repeats = describe(DuplicateKeys.find(ContentSource.file(file)));

		assertThat(repeats).hasSize(300);
		assertThat(repeats.get(1000L))
			.containsExactly("/id id 'record-500-with-a-longer-identifier' is already used on line 500");
		assertThat(countKeyDirectories(tmp)).isEqualTo(before);
	}

	private static long countKeyDirectories(String tmp) throws Exception {
		try (var entries = Files.list(Path.of(tmp))) {
			return entries.filter((p) -> p.getFileName().toString().startsWith("iq-directory-keys")).count();
		}
	}

	private static ContentSource source(String text) {
		return new ContentSource("test.ndjson", () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<Long, List<String>> describe(Map<Long, List<Violation>> repeats) {
		return repeats.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(e) -> e.getValue().stream().map((v) -> v.pointer() + " " + v.message()).toList()));
	}

}
