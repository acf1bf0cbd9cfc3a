package de.netzwerkiq.directory.indexer.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.Address;
import de.netzwerkiq.directory.indexer.content.AdviceTopic;
import de.netzwerkiq.directory.indexer.content.Contact;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.GeoLocation;

/** An advice centre as an editor writes it: one line of {@code advice-centres.ndjson}. */
public record AdviceCentreRecord(String id, String slug, String sourceLanguage, Map<String, String> title,
		Map<String, String> summary, String provider, List<AdviceTopic> topics, Address address, GeoLocation location,
		Contact contact, List<DeliveryMode> deliveryModes, List<String> languagesSpoken, Boolean freeOfCharge,
		Boolean sampleData, Instant updatedAt, LocalDate lastVerified) {

}
