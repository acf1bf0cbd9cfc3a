package de.netzwerkiq.directory.indexer.mapping;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

import de.netzwerkiq.directory.indexer.content.Accessibility;
import de.netzwerkiq.directory.indexer.content.Address;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.AdviceCentre;
import de.netzwerkiq.directory.indexer.content.Curriculum;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.SourceReference;
import de.netzwerkiq.directory.indexer.content.StartUpResource;
import de.netzwerkiq.directory.indexer.content.TextStems;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;
import de.netzwerkiq.directory.indexer.source.AdviceCentreRecord;
import de.netzwerkiq.directory.indexer.source.CurriculumRecord;
import de.netzwerkiq.directory.indexer.source.SourcePosition;
import de.netzwerkiq.directory.indexer.source.SourceRecord;
import de.netzwerkiq.directory.indexer.source.StartUpResourceRecord;
import de.netzwerkiq.directory.indexer.source.TrainingOfferRecord;
import de.netzwerkiq.directory.indexer.text.GermanCompounds;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;

/**
 * From an editor's (validated) record to the indexed document. Fields of the same name
 * are copied by MapStruct; only what a document derives is written here: where it came
 * from, its points and the states it covers.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, imports = OpeningTimes.class)
public interface ContentMapper {

	ContentMapper INSTANCE = Mappers.getMapper(ContentMapper.class);

	@Mapping(target = "federalStates", expression = "java(statesCovered(record.federalStates(), record.offices()))")
	@Mapping(target = "locations", expression = "java(locations(record.offices()))")
	@Mapping(target = "accessibility", expression = "java(accessibility(record.offices()))")
	@Mapping(target = "openMinutes", expression = "java(OpeningTimes.openMinutes(record.offices()))")
	@Mapping(target = "closedDays", expression = "java(OpeningTimes.closedDays(record.closures()))")
	@Mapping(target = "freeOfCharge", source = "record.freeOfCharge", defaultValue = "false")
	@Mapping(target = "sampleData", source = "record.sampleData", defaultValue = "false")
	@Mapping(target = "source", expression = "java(sourceReference(record, position))")
	@Mapping(target = "compoundParts", expression = "java(compoundParts(record))")
	@Mapping(target = "stems", expression = "java(stems(record))")
	AdviceCentre adviceCentre(AdviceCentreRecord record, SourcePosition position);

	@Mapping(target = "federalStates", expression = "java(statesCovered(record.federalStates(), record.venues()))")
	@Mapping(target = "locations", expression = "java(locations(record.venues()))")
	@Mapping(target = "locationIndependent",
			expression = "java(record.format() != null && record.format().locationIndependent())")
	@Mapping(target = "freeOfCharge", source = "record.freeOfCharge", defaultValue = "false")
	@Mapping(target = "sampleData", source = "record.sampleData", defaultValue = "false")
	@Mapping(target = "source", expression = "java(sourceReference(record, position))")
	@Mapping(target = "compoundParts", expression = "java(compoundParts(record))")
	@Mapping(target = "stems", expression = "java(stems(record))")
	TrainingOffer trainingOffer(TrainingOfferRecord record, SourcePosition position);

	@Mapping(target = "sampleData", source = "record.sampleData", defaultValue = "false")
	@Mapping(target = "source", expression = "java(sourceReference(record, position))")
	@Mapping(target = "compoundParts", expression = "java(compoundParts(record))")
	@Mapping(target = "stems", expression = "java(stems(record))")
	Curriculum curriculum(CurriculumRecord record, SourcePosition position);

	@Mapping(target = "sampleData", source = "record.sampleData", defaultValue = "false")
	@Mapping(target = "source", expression = "java(sourceReference(record, position))")
	@Mapping(target = "compoundParts", expression = "java(compoundParts(record))")
	@Mapping(target = "stems", expression = "java(stems(record))")
	StartUpResource startUpResource(StartUpResourceRecord record, SourcePosition position);

	/**
	 * Back from a live document to the line an editor would write for it, for exports:
	 * read by a reindex, it gives the same document. The states a document covers through
	 * its sites are written out too (reading them again changes nothing).
	 */
	default SourceRecord sourceRecord(ContentDocument document) {
		if (document instanceof AdviceCentre centre) {
			return adviceCentreRecord(centre);
		}
		if (document instanceof TrainingOffer offer) {
			return trainingOfferRecord(offer);
		}
		if (document instanceof Curriculum curriculum) {
			return curriculumRecord(curriculum);
		}
		if (document instanceof StartUpResource resource) {
			return startUpResourceRecord(resource);
		}
		throw new IllegalArgumentException("Not a content document: " + document.getClass());
	}

	@Mapping(target = "lastVerified", source = "source.lastVerified")
	@Mapping(target = "sourceUrl", source = "source.url")
	AdviceCentreRecord adviceCentreRecord(AdviceCentre document);

	@Mapping(target = "lastVerified", source = "source.lastVerified")
	@Mapping(target = "sourceUrl", source = "source.url")
	TrainingOfferRecord trainingOfferRecord(TrainingOffer document);

	@Mapping(target = "lastVerified", source = "source.lastVerified")
	@Mapping(target = "sourceUrl", source = "source.url")
	CurriculumRecord curriculumRecord(Curriculum document);

	@Mapping(target = "lastVerified", source = "source.lastVerified")
	@Mapping(target = "sourceUrl", source = "source.url")
	StartUpResourceRecord startUpResourceRecord(StartUpResource document);

	default SourceReference sourceReference(SourceRecord record, SourcePosition position) {
		return new SourceReference(position.origin(), position.line(), record.lastVerified(), record.sourceUrl());
	}

	/**
	 * Only German texts have compounds to split; a translation into German counts too.
	 */
	default List<String> compoundParts(SourceRecord record) {
		return GermanCompounds.parts(java.util.stream.Stream.of(record.title(), record.summary(), record.body())
			.filter(Objects::nonNull)
			.map((texts) -> texts.get(ContentLanguage.DE.code()))
			.toList());
	}

	/** Every localised text's stems, each in its own language. */
	default TextStems stems(SourceRecord record) {
		return new TextStems(LanguageAnalysis.documentStems(record.title()),
				LanguageAnalysis.documentStems(record.summary()), LanguageAnalysis.documentStems(record.body()));
	}

	/** The states named in the record plus those its sites are in, in code-list order. */
	default List<FederalState> statesCovered(List<FederalState> named, List<Site> sites) {
		Set<FederalState> states = EnumSet.noneOf(FederalState.class);
		if (named != null) {
			named.stream().filter(Objects::nonNull).forEach(states::add);
		}
		orEmpty(sites).stream()
			.map(Site::address)
			.filter(Objects::nonNull)
			.map(Address::federalState)
			.filter(Objects::nonNull)
			.forEach(states::add);
		return List.copyOf(states);
	}

	default List<GeoLocation> locations(List<Site> sites) {
		return orEmpty(sites).stream().map(Site::location).filter(Objects::nonNull).toList();
	}

	default List<Accessibility> accessibility(List<Site> sites) {
		Set<Accessibility> features = EnumSet.noneOf(Accessibility.class);
		orEmpty(sites).stream()
			.map(Site::accessibility)
			.filter(Objects::nonNull)
			.flatMap(Collection::stream)
			.forEach(features::add);
		return List.copyOf(features);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
