package de.netzwerkiq.directory.indexer.load;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentJson;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.SourcePosition;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedJsonTests {

	private static final ObjectMapper JSON = ContentJson.objectMapper();

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void aDocumentIsSentAsItsJsonWithItsDigest(ContentKind kind) throws Exception {
		for (ContentDocument document : documents(kind)) {
			ObjectNode sent = (ObjectNode) JSON.readTree(IndexedJson.of(document).asByteBuffer().array());
			long digest = sent.remove(IndexFields.CONTENT_DIGEST).longValue();
			// The same fields and values; the order of the fields may differ.
			assertThat(JSON.convertValue(sent, Map.class))
				.isEqualTo(JSON.readValue(JSON.writeValueAsBytes(document), Map.class));
			assertThat(digest).isEqualTo(ContentDigest.of(document));
		}
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void theDigestOfADocumentReadBackIsTheDigestItWasSentWith(ContentKind kind) throws Exception {
		for (ContentDocument document : documents(kind)) {
			// As Elasticsearch gives it back: without the fields left out of _source.
			ObjectNode source = (ObjectNode) JSON.readTree(IndexedJson.of(document).asByteBuffer().array());
			source.remove(List.of("stems", IndexFields.CONTENT_DIGEST));
			ContentDocument readBack = JSON.treeToValue(source, document.getClass());
			assertThat(ContentDigest.of(readBack)).isEqualTo(ContentDigest.of(document));
		}
	}

	@ParameterizedTest
	@EnumSource(ContentKind.class)
	void whereARecordCameFromIsNoChangeButItsTextIs(ContentKind kind) {
		SourceRecord record = SampleContentGenerator.fromGazetteer().records(kind, 1).findFirst().orElseThrow();
		ContentPipeline<SourceRecord, ?> pipeline = pipeline(kind);
		ContentDocument document = pipeline.toDocument(record, new SourcePosition("a.ndjson", 1));
		ContentDocument moved = pipeline.toDocument(record, new SourcePosition("b.ndjson", 7));
		assertThat(ContentDigest.of(moved)).isEqualTo(ContentDigest.of(document));
		SourceRecord edited = JSON.convertValue(
				((ObjectNode) JSON.valueToTree(record)).set("title", JSON.valueToTree(Map.of("de", "Anders"))),
				record.getClass());
		assertThat(ContentDigest.of(pipeline.toDocument(edited, new SourcePosition("a.ndjson", 1))))
			.isNotEqualTo(ContentDigest.of(document));
	}

	private static List<ContentDocument> documents(ContentKind kind) {
		ContentPipeline<SourceRecord, ?> pipeline = pipeline(kind);
		return SampleContentGenerator.fromGazetteer()
			.records(kind, 50)
			.map((record) -> (ContentDocument) pipeline.toDocument(record, new SourcePosition("sample.ndjson", 3)))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static ContentPipeline<SourceRecord, ?> pipeline(ContentKind kind) {
		return (ContentPipeline<SourceRecord, ?>) ContentPipeline.forKind(kind);
	}

}
