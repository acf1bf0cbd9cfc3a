package de.netzwerkiq.directory.api.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * A WGS 84 point given by a client.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record GeoPointInput(
		@DecimalMin(value = "-90", message = GeoPointInput.LATITUDE) @DecimalMax(value = "90",
				message = GeoPointInput.LATITUDE) double lat,
		@DecimalMin(value = "-180", message = GeoPointInput.LONGITUDE) @DecimalMax(value = "180",
				message = GeoPointInput.LONGITUDE) double lon) {

	static final String LATITUDE = "must be a latitude between -90 and 90";

	static final String LONGITUDE = "must be a longitude between -180 and 180";

}
