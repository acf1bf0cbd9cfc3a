package de.netzwerkiq.directory.indexer.content;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A WGS 84 point. Field names follow Elasticsearch's geo_point object form.
 *
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
public record GeoLocation(double lat, double lon) {

	/** A generous box around Germany, border towns and islands included. */
	@JsonIgnore
	public boolean isInGermany() {
		return this.lat >= 47.2 && this.lat <= 55.1 && this.lon >= 5.8 && this.lon <= 15.1;
	}

}
