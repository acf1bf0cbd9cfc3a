package de.netzwerkiq.directory.indexer.content;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An advice centre as it is indexed and served. Localised texts are keyed by ISO 639-1
 * code and always hold the source language.
 */
public record AdviceCentre(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, String provider, List<AdviceTopic> topics, Address address, GeoLocation location,
		Contact contact, List<DeliveryMode> deliveryModes, List<String> languagesSpoken, boolean freeOfCharge,
		boolean sampleData, Instant updatedAt, SourceReference source) {

	/** The title in the source language. */
	@JsonIgnore
	public String sourceTitle() {
		return this.title.get(this.sourceLanguage);
	}

}
