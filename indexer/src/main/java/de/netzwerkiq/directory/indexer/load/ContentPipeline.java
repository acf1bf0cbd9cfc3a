package de.netzwerkiq.directory.indexer.load;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.Curriculum;
import de.netzwerkiq.directory.indexer.content.StartUpResource;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;
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
 * @param documentType what is indexed and read back
 * @param validator the kind's rules
 * @param mapper source record to document
 */
public record ContentPipeline<R extends SourceRecord, D extends ContentDocument>(ContentKind kind, Class<R> recordType,
		Class<D> documentType, Function<R, List<Violation>> validator, BiFunction<R, SourcePosition, D> mapper) {

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
			case ADVICE_CENTRES -> new ContentPipeline<AdviceCentreRecord, AdviceCentre>(kind, AdviceCentreRecord.class,
					AdviceCentre.class, VALIDATOR::validate, mapper::adviceCentre);
			case TRAINING_OFFERS -> new ContentPipeline<TrainingOfferRecord, TrainingOffer>(kind,
					TrainingOfferRecord.class, TrainingOffer.class, VALIDATOR::validate, mapper::trainingOffer);
			case CURRICULA -> new ContentPipeline<CurriculumRecord, Curriculum>(kind, CurriculumRecord.class,
					Curriculum.class, VALIDATOR::validate, mapper::curriculum);
			case START_UP_RESOURCES -> new ContentPipeline<StartUpResourceRecord, StartUpResource>(kind,
					StartUpResourceRecord.class, StartUpResource.class, VALIDATOR::validate, mapper::startUpResource);
		};
	}

}
