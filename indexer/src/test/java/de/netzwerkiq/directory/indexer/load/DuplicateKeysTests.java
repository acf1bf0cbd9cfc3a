package de.netzwerkiq.directory.indexer.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeysTests {

	@Test
	void everyRepeatNamesTheFirstLineOfItsKeyAndIdsComeBeforeSlugs() throws Exception {
		try (DuplicateKeys keys = DuplicateKeys.create()) {
			assertThat(keys.add("a", "s-a", 1)).isFalse();
			assertThat(keys.add("b", "s-b", 2)).isFalse();
			assertThat(keys.add("a", "s-c", 4)).as("id of 1").isTrue();
			assertThat(keys.add("a", "s-b", 7)).as("id of 1, slug of 2").isTrue();
			keys.add("ab", "s-a ", 8); // a longer key, another slug
			keys.add("tab\there", "x", 9);
			assertThat(keys.add("tab\there", "y", 10)).as("a tab in the key").isTrue();
			keys.add("ünï%20\n", null, 11);
			assertThat(keys.add("ünï%20\n", null, 12)).as("non-ASCII, percent and a line break").isTrue();
			assertThat(keys.add("b", "s-b", 13)).isTrue();
			// A slug equal to an id is no repeat: they are different keys.
			assertThat(keys.add("c", "a", 14)).isFalse();
			assertThat(keys.heldBack()).isEqualTo(5);
			assertThat(heldBack(keys, 15)).containsExactly(4L, 7L, 10L, 12L, 13L);

			Map<Long, List<String>> repeats = describe(keys.repeats());

			assertThat(repeats).containsOnlyKeys(4L, 7L, 10L, 12L, 13L);
			assertThat(repeats.get(4L)).containsExactly("/id id 'a' is already used on line 1");
			assertThat(repeats.get(7L)).containsExactly("/id id 'a' is already used on line 1",
					"/slug slug 's-b' is already used on line 2");
			assertThat(repeats.get(10L)).containsExactly("/id id 'tab\there' is already used on line 9");
			assertThat(repeats.get(12L)).containsExactly("/id id 'ünï%20\n' is already used on line 11");
			assertThat(repeats.get(13L)).containsExactly("/id id 'b' is already used on line 2",
					"/slug slug 's-b' is already used on line 2");
		}
	}

	@Test
	void manyRecordsSortedInSeveralBlocksFewHeldBackAndTheTemporaryFilesAreGone() throws Exception {
		// 300,000 keys of ~60 bytes are more than one 16 MB sort block; every 1000th
		// record repeats the id of the record 500 lines before it.
		String tmp = System.getProperty("java.io.tmpdir");
		long before = countKeyDirectories(tmp);
		Map<Long, List<String>> repeats;
		try (DuplicateKeys keys = DuplicateKeys.create()) {
			for (int i = 1; i <= 300_000; i++) {
				int id = (i % 1000 == 0) ? i - 500 : i;
				keys.add("record-" + id + "-with-a-longer-identifier", "slug-" + i, i);
			}
			// Every repeat, and about 1 % of the others (the filter's false positives).
			assertThat(keys.heldBack()).isBetween(300L, 300L + 3_000L * 2);
			repeats = describe(keys.repeats());
		}

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

	private static List<Long> heldBack(DuplicateKeys keys, long lines) throws Exception {
		LongPredicate heldBack = keys.heldBackLines();
		return LongStream.rangeClosed(1, lines).filter(heldBack).boxed().toList();
	}

	private static Map<Long, List<String>> describe(Map<Long, List<Violation>> repeats) {
		return repeats.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(e) -> e.getValue().stream().map((v) -> v.pointer() + " " + v.message()).toList()));
	}

}
