package de.netzwerkiq.directory.indexer.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.ContentSource;
import de.netzwerkiq.directory.indexer.source.Rejection;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatedSourceTests {

	private static final ObjectMapper JSON = ContentJson.objectMapper();

	@Test
	void repeatsAreRejectedAfterTheFirstPassAndEveryOtherRecordReachesTheSinkOnce() throws Exception {
		ByteArrayOutputStream generated = new ByteArrayOutputStream();
		SampleContentGenerator.fromGazetteer().write(ContentKind.TRAINING_OFFERS, 50, generated);
		List<String> lines = new ArrayList<>(generated.toString(StandardCharsets.UTF_8).lines().toList());
		ObjectNode sameSlug = (ObjectNode) JSON.readTree(lines.get(19));
		sameSlug.put("id", "another-id");
		ObjectNode invalid = (ObjectNode) JSON.readTree(lines.get(29));
		invalid.put("id", "x");
		lines.add(lines.get(9)); // 51: id and slug of line 10
		lines.add(JSON.writeValueAsString(sameSlug)); // 52: slug of line 20
		lines.add("{broken"); // 53
		lines.set(29, JSON.writeValueAsString(invalid)); // 30: an id too short
		// 54: the id of 30
		lines.add(JSON.writeValueAsString(invalid.put("slug", "slug-of-54")));
		ObjectNode unbound = (ObjectNode) JSON.readTree(lines.get(39));
		unbound.put("id", "unbound-id").put("slug", "unbound-slug");
		// 55: no record (a typo in a field name); 56: its id and slug
		lines.add(JSON.writeValueAsString(unbound.deepCopy().put("titel", "a typo")));
		lines.add(JSON.writeValueAsString(unbound));
		byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		List<Integer> opened = new ArrayList<>();
		ContentSource source = new ContentSource("test.ndjson", () -> {
			opened.add(1);
			return new ByteArrayInputStream(bytes);
		});

		@SuppressWarnings("unchecked")
		ValidatedSource<SourceRecord, ?> validated = new ValidatedSource<>(
				(ContentPipeline<SourceRecord, ?>) ContentPipeline.forKind(ContentKind.TRAINING_OFFERS));
		List<Long> sunk = new ArrayList<>();
		validated.read(source, (record, document, position) -> sunk.add(position.line()));

		assertThat(sunk).hasSize(49).doesNotHaveDuplicates().doesNotContain(30L, 51L, 52L, 53L, 54L, 55L, 56L);
		assertThat(validated.records()).isEqualTo(56);
		assertThat(validated.rejectedRecords()).isEqualTo(7);
		assertThat(validated.rejections()).extracting(Rejection::line).isSorted();
		assertThat(validated.rejections()).filteredOn((r) -> r.line() > 50)
			.extracting((r) -> r.line() + " " + r.pointer() + " " + r.reason())
			.satisfiesExactly((r) -> assertThat(r).startsWith("51 /id ").endsWith("already used on line 10"),
					(r) -> assertThat(r).startsWith("51 /slug ").endsWith("already used on line 10"),
					(r) -> assertThat(r).startsWith("52 /slug ").endsWith("already used on line 20"),
					(r) -> assertThat(r).startsWith("53  ").contains("not valid JSON"),
					// An invalid record claims its id all the same: the editor hears of
					// both.
					(r) -> assertThat(r).startsWith("54 /id ").contains("'x'"),
					(r) -> assertThat(r).startsWith("54 /id ").endsWith("already used on line 30"),
					(r) -> assertThat(r).isEqualTo("55 /titel unknown field 'titel'"),
					// A line that is no record still claims its keys.
					(r) -> assertThat(r).isEqualTo("56 /id id 'unbound-id' is already used on line 55"),
					(r) -> assertThat(r).isEqualTo("56 /slug slug 'unbound-slug' is already used on line 55"));
		// Read a second time only for the lines that may repeat an earlier key.
		assertThat(opened).hasSize(2);
	}

}
