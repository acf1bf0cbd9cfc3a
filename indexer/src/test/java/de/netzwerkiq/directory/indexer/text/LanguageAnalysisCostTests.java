package de.netzwerkiq.directory.indexer.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.TextStems;
import de.netzwerkiq.directory.indexer.mapping.ContentMapper;
import de.netzwerkiq.directory.indexer.sample.SampleContentGenerator;
import de.netzwerkiq.directory.indexer.source.SourceRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What analysis costs the indexer per 1,000 records: every localised title, summary and
 * body of generated sample records of all kinds, in all their languages. Prints the
 * figure; fails only when it is far off (a shared machine is noisy).
 */
class LanguageAnalysisCostTests {

	private static final int RECORDS = 2000;

	@Test
	void analysingAThousandRecordsTakesWellUnderASecond() {
		SampleContentGenerator generator = SampleContentGenerator.fromGazetteer();
		List<SourceRecord> records = Stream.of(ContentKind.values())
			.flatMap((kind) -> generator.records(kind, RECORDS / ContentKind.values().length))
			.toList();
		long characters = 0;
		long count = 0;
		Set<String> distinct = new HashSet<>();
		for (SourceRecord record : records) {
			for (var texts : Stream.of(record.title(), record.summary(), record.body()).toList()) {
				if (texts != null) {
					for (String text : texts.values()) {
						characters += text.length();
						count++;
						distinct.add(text);
					}
				}
			}
		}
		// Warm-up: class loading, the Ukrainian dictionary, the JIT.
		analyse(records);
		analyse(records);
		long best = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long started = System.nanoTime();
			analyse(records);
			best = Math.min(best, System.nanoTime() - started);
		}
		double perThousand = best / 1e6 * 1000 / records.size();
		System.out.printf(
				"Analysis: %.1f ms per 1,000 records (%d records, %.0f characters each, %d distinct texts"
						+ " of %d)%n",
				perThousand, records.size(), (double) characters / records.size(), distinct.size(), count);
		assertThat(perThousand).isLessThan(1000);
	}

	private static long analyse(List<SourceRecord> records) {
		long length = 0;
		for (SourceRecord record : records) {
			TextStems stems = ContentMapper.INSTANCE.stems(record);
			length += stems.title().size() + stems.summary().size() + stems.body().size();
		}
		return length;
	}

}
