package de.netzwerkiq.directory.indexer.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * The fields every kind's source record has, as an editor writes them. Localised texts
 * are keyed by ISO 639-1 code and must hold the source language. Any field may be missing
 * or null in a broken record; validation says which.
 */
public interface SourceRecord {

	String id();

	String slug();

	String sourceLanguage();

	Map<String, String> title();

	Map<String, String> summary();

	Map<String, String> body();

	List<Topic> topics();

	List<TargetGroup> targetGroups();

	/**
	 * States covered beyond those of the record's offices or venues (all for nationwide).
	 */
	List<FederalState> federalStates();

	String provider();

	Contact contact();

	Boolean sampleData();

	Instant updatedAt();

	LocalDate lastVerified();

	String sourceUrl();

}
