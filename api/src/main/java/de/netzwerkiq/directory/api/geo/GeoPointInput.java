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
		@DecimalMin(value = "-90", message = "latitude must be between -90 and 90") @DecimalMax(value = "90",
				message = "latitude must be between -90 and 90") double lat,
		@DecimalMin(value = "-180", message = "longitude must be between -180 and 180") @DecimalMax(value = "180",
				message = "longitude must be between -180 and 180") double lon) {

}
