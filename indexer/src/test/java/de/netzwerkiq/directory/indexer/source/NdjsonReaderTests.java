package de.netzwerkiq.directory.indexer.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentJson;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonReaderTests {

	private static final String GOOD = """
			{"id":"a-1","slug":"a-1","sourceLanguage":"de","title":{"de":"A"},"offices":[{"address":{"federalState":"DE-BE"}}]}""";

	private final List<NdjsonReader.Parsed<AdviceCentreRecord>> accepted = new ArrayList<>();

	private final List<Rejection> rejected = new ArrayList<>();

	@Test
	void readsEveryGoodLineAndSkipsBlankOnes() throws IOException {
		read((GOOD + "\n\n" + GOOD.replace("a-1", "a-2") + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.accepted).extracting((p) -> p.value().id()).containsExactly("a-1", "a-2");
		assertThat(this.accepted).extracting((p) -> p.position().line()).containsExactly(1L, 3L);
		assertThat(this.rejected).isEmpty();
	}

	@Test
	void reportsBrokenJsonWithItsLineAndGoesOn() throws IOException {
		read((GOOD + "\n{\"id\": \n" + GOOD.replace("a-1", "a-3") + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.accepted).hasSize(2);
		assertThat(this.rejected).singleElement().satisfies((r) -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.reason()).startsWith("not valid JSON");
		});
	}

	@Test
	void namesTheFieldAndTheAllowedCodesForAnUnknownCode() throws IOException {
		read(GOOD.replace("DE-BE", "DE-XX").getBytes(StandardCharsets.UTF_8));
		assertThat(this.rejected).singleElement().satisfies((r) -> {
			assertThat(r.pointer()).isEqualTo("/offices/0/address/federalState");
			assertThat(r.reason()).contains("'DE-XX' is not one of").contains("DE-BE").doesNotContain("DE_BE");
		});
	}

	@Test
	void rejectsUnknownFieldsSoTyposDoNotGoUnnoticed() throws IOException {
		read(GOOD.replace("\"slug\"", "\"slgu\"").getBytes(StandardCharsets.UTF_8));
		assertThat(this.rejected).singleElement().satisfies((r) -> {
			assertThat(r.pointer()).isEqualTo("/slgu");
			assertThat(r.reason()).isEqualTo("unknown field 'slgu'");
		});
	}

	@Test
	void rejectsInvalidUtf8ButKeepsTheOtherLines() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(new byte[] { '{', '"', 'i', (byte) 0xC3, (byte) 0x28, '"', '}', '\n' });
		bytes.writeBytes((GOOD.replace("a-1", "a-4") + "\n").getBytes(StandardCharsets.UTF_8));
		read(bytes.toByteArray());
		assertThat(this.accepted).hasSize(2);
		assertThat(this.rejected).singleElement().satisfies((r) -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.reason()).isEqualTo("line is not valid UTF-8");
		});
	}

	/**
	 * Sequences Jackson decodes without complaint (it parses the bytes itself): overlong
	 * forms, a code point beyond U+10FFFF, a surrogate; and a stray byte outside a
	 * string, which it would call broken JSON.
	 */
	@Test
	void rejectsIllFormedUtf8ThatJacksonWouldDecode() throws IOException {
		byte[][] illFormed = { { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xE0, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] sequence : illFormed) {
			String[] around = GOOD.split("\"A\"");
			bytes.writeBytes((around[0] + "\"A").getBytes(StandardCharsets.UTF_8));
			bytes.writeBytes(sequence);
			bytes.writeBytes(("\"" + around[1] + "\n").getBytes(StandardCharsets.UTF_8));
		}
		bytes.writeBytes(new byte[] { ' ', (byte) 0xFE, '{', '}', '\n' });
		// An emoji is well-formed and starts with F0, which the reader checks strictly.
		bytes.writeBytes((GOOD.replace("\"A\"", "\"A \uD83D\uDE00\"") + "\n").getBytes(StandardCharsets.UTF_8));
		read(bytes.toByteArray());
		assertThat(this.rejected).extracting(Rejection::line).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(this.rejected).extracting(Rejection::reason).containsOnly("line is not valid UTF-8");
		assertThat(this.accepted).singleElement()
			.satisfies((parsed) -> assertThat(parsed.value().title()).containsEntry("de", "A \uD83D\uDE00"));
	}

	@Test
	void skipsLinesOfJsonWhitespaceAndCarriageReturns() throws IOException {
		read((" \t \r\n" + GOOD + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.rejected).isEmpty();
		assertThat(this.accepted).extracting((p) -> p.position().line()).containsExactly(2L);
	}

	@Test
	void saysWhenTheLastLineLooksCutOff() throws IOException {
		read((GOOD + "\n" + GOOD.substring(0, 30)).getBytes(StandardCharsets.UTF_8));
		assertThat(this.rejected).singleElement().satisfies((r) -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.reason()).contains("was the file cut off?");
		});
	}

	@Test
	void rejectsAnythingButAnObjectPerLine() throws IOException {
		read("[1,2]\n42\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.rejected).extracting(Rejection::reason).containsOnly("each line must be one JSON object");
	}

	@Test
	void saysACutOffLineIsBrokenJsonWhereverItWasCut() throws IOException {
		for (int cut = 2; cut < GOOD.length() - 1; cut += 7) {
			this.rejected.clear();
			read((GOOD + "\n" + GOOD.substring(0, cut)).getBytes(StandardCharsets.UTF_8));
			assertThat(this.rejected).as("cut at %d", cut).singleElement().satisfies((r) -> {
				assertThat(r.pointer()).isEmpty();
				assertThat(r.reason()).startsWith("not valid JSON").endsWith("was the file cut off?)");
			});
		}
	}

	@Test
	void rejectsTrailingContentAfterTheObject() throws IOException {
		read((GOOD + " {\"id\": \"a-2\"}\n" + GOOD.replace("a-1", "a-3") + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.accepted).extracting((p) -> p.value().id()).containsExactly("a-3");
		assertThat(this.rejected).singleElement().satisfies((r) -> assertThat(r.line()).isEqualTo(1));
	}

	@Test
	void rejectsAnOverlongLineAndReadsOn() throws IOException {
		String huge = GOOD.replace("\"A\"", "\"" + "A".repeat(NdjsonReader.MAX_LINE_BYTES) + "\"");
		read((huge + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.accepted).extracting((p) -> p.position().line()).containsExactly(2L);
		assertThat(this.rejected).singleElement().satisfies((r) -> {
			assertThat(r.line()).isEqualTo(1);
			assertThat(r.reason()).isEqualTo("line is longer than " + NdjsonReader.MAX_LINE_BYTES + " bytes");
		});
	}

	private void read(byte[] content) throws IOException {
		new NdjsonReader<>(ContentJson.objectMapper(), AdviceCentreRecord.class).read(
				new ContentSource("test.ndjson", () -> new ByteArrayInputStream(content)), this.accepted::add,
				this.rejected::add);
	}

}
