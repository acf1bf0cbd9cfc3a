package de.netzwerkiq.directory.indexer.load;

import java.util.List;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.mapping.AdviceCentreMapper;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.SourcePosition;
import de.netzwerkiq.directory.indexer.validation.AdviceCentreValidator;
import de.netzwerkiq.directory.indexer.validation.Violation;

/**
 * How one kind goes from source record to document.
 *
 * @param <R> the source record
 * @param <D> the indexed document
 */
public interface ContentPipeline<R, D> {

	ContentKind kind();

	Class<R> recordType();

	List<Violation> validate(R record);

	D toDocument(R record, SourcePosition position);

	/** The record's id as written (may be null in a broken record). */
	String id(R record);

	/** The record's slug as written (may be null in a broken record). */
	String slug(R record);

	static ContentPipeline<?, ?> forKind(ContentKind kind) {
		return switch (kind) {
			case ADVICE_CENTRES -> new AdviceCentres();
		};
	}

	/** Advice centres. */
	final class AdviceCentres implements ContentPipeline<AdviceCentreRecord, AdviceCentre> {

		private final AdviceCentreValidator validator = new AdviceCentreValidator();

		@Override
		public ContentKind kind() {
			return ContentKind.ADVICE_CENTRES;
		}

		@Override
		public Class<AdviceCentreRecord> recordType() {
			return AdviceCentreRecord.class;
		}

		@Override
		public List<Violation> validate(AdviceCentreRecord record) {
			return this.validator.validate(record);
		}

		@Override
		public AdviceCentre toDocument(AdviceCentreRecord record, SourcePosition position) {
			return AdviceCentreMapper.INSTANCE.toDocument(record, position);
		}

		@Override
		public String id(AdviceCentreRecord record) {
			return record.id();
		}

		@Override
		public String slug(AdviceCentreRecord record) {
			return record.slug();
		}

	}

}
