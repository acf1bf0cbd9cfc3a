package de.netzwerkiq.directory.api.relevance;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerkiq.directory.api.support.SampleRecords;
import de.netzwerkiq.directory.indexer.content.ContentKind;

/**
 * One test of a rule: a field holds any of the codes, or (field null) an office or venue
 * lies within a circle.
 */
record Condition(RuleField field, Set<String> anyOf, Circle circle) {

	static Condition anyOf(RuleField field, Set<String> codes) {
		return new Condition(field, Set.copyOf(codes), null);
	}

	static Condition near(Circle circle) {
		return new Condition(null, Set.of(), circle);
	}

	boolean matches(ContentKind kind, JsonNode record) {
		if (this.circle != null) {
			return SampleRecords.nearestSiteMetres(record, this.circle.lat(), this.circle.lon()) <= this.circle.km()
					* 1000;
		}
		return this.field.values(kind, record).stream().anyMatch(this.anyOf::contains);
	}

	/**
	 * Kilometres around a point: for "advice in Köln" a district or suburb named in the
	 * address ("Köln-Ehrenfeld", "Hürth") is as good as the city itself.
	 */
	record Circle(double lat, double lon, double km) {
	}

}
