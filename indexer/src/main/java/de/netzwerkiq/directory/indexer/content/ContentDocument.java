package de.netzwerkiq.directory.indexer.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fields every indexed document has. Lists are never null (empty instead), and
 * {@link #federalStates()} holds every state the record covers, including those of its
 * offices or venues, so a state filter needs only this field.
 */
public interface ContentDocument {

	String id();

	String slug();

	String sourceLanguage();

	Map<String, String> title();

	Map<String, String> summary();

	Map<String, String> body();

	List<Topic> topics();

	List<TargetGroup> targetGroups();

	List<FederalState> federalStates();

	String provider();

	Contact contact();

	boolean sampleData();

	Instant updatedAt();

	SourceReference source();

	/**
	 * The parts of the German compounds in the texts, so that a part finds the compound;
	 * derived at index time, never shown.
	 */
	List<String> compoundParts();

	/**
	 * The KldB 2010 codes of the occupations the record is about; none for most kinds.
	 */
	default List<String> occupations() {
		return List.of();
	}

	/** The offices or venues the record is at; none for kinds without a place. */
	default List<Site> sites() {
		return List.of();
	}

	/**
	 * The stems of the localised texts, for the stem fields; derived at index time, not
	 * in {@code _source}, so null in a document read from the index.
	 */
	TextStems stems();

	/** The title in the source language. */
	default String sourceTitle() {
		return this.title().get(this.sourceLanguage());
	}

}
