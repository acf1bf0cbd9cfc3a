package de.netzwerkiq.directory.indexer.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.SourceReference;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.SourcePosition;

/** From an editor's record to the indexed document. */
@Mapper
public interface AdviceCentreMapper {

	AdviceCentreMapper INSTANCE = Mappers.getMapper(AdviceCentreMapper.class);

	@Mapping(target = "freeOfCharge", source = "record.freeOfCharge", defaultValue = "false")
	@Mapping(target = "sampleData", source = "record.sampleData", defaultValue = "false")
	@Mapping(target = "source", expression = "java(sourceReference(record, position))")
	AdviceCentre toDocument(AdviceCentreRecord record, SourcePosition position);

	default SourceReference sourceReference(AdviceCentreRecord record, SourcePosition position) {
		return new SourceReference(position.origin(), position.line(), record.lastVerified());
	}

}
