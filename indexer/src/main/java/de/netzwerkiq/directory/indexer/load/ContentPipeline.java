package de.netzwerkiq.directory.indexer.load;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.mapping.ContentMapper;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.CurriculumRecord;
import de.netzwerkiq.directory.indexer.source.SourcePosition;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.source.StartUpResourceRecord;
import de.netzwerkiq.directory.indexer.source.TrainingOfferRecord;
import de.netzwerkiq.directory.indexer.validation.ContentValidator;
import de.netzwerkiq.directory.indexer.validation.Violation;

/**
 * How one kind goes from source record to document.
 *
 * @param <R> the source record
 * @param <D> the indexed document
 * @param kind the kind
 * @param recordType what a source line is read as
 * @param validator the kind's rules
 * @param mapper source record to document
 */
public record ContentPipeline<R extends SourceRecord, D extends ContentDocument>(ContentKind kind, Class<R> recordType,
		Function<R, List<Violation>> validator, BiFunction<R, SourcePosition, D> mapper) {

	private static final ContentValidator VALIDATOR = new ContentValidator();

	public List<Violation> validate(R record) {
		return this.validator.apply(record);
	}

	public D toDocument(R record, SourcePosition position) {
		return this.mapper.apply(record, position);
	}

	public static ContentPipeline<?, ?> forKind(ContentKind kind) {
		ContentMapper mapper = ContentMapper.INSTANCE;
		return switch (kind) {
			case ADVICE_CENTRES ->
				new ContentPipeline<>(kind, AdviceCentreRecord.class, VALIDATOR::validate, mapper::adviceCentre);
			case TRAINING_OFFERS ->
				new ContentPipeline<>(kind, TrainingOfferRecord.class, VALIDATOR::validate, mapper::trainingOffer);
			case CURRICULA ->
				new ContentPipeline<>(kind, CurriculumRecord.class, VALIDATOR::validate, mapper::curriculum);
			case START_UP_RESOURCES ->
				new ContentPipeline<>(kind, StartUpResourceRecord.class, VALIDATOR::validate, mapper::startUpResource);
		};
	}

}
