package de.netzwerkiq.directory.api.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** A map viewport as a client sends it; checked by {@link Places#box}. */
public record BoundingBoxInput(
		@DecimalMin(value = "-90", message = GeoPointInput.LATITUDE) @DecimalMax(value = "90",
				message = GeoPointInput.LATITUDE) double north,
		@DecimalMin(value = "-90", message = GeoPointInput.LATITUDE) @DecimalMax(value = "90",
				message = GeoPointInput.LATITUDE) double south,
		@DecimalMin(value = "-180", message = GeoPointInput.LONGITUDE) @DecimalMax(value = "180",
				message = GeoPointInput.LONGITUDE) double east,
		@DecimalMin(value = "-180", message = GeoPointInput.LONGITUDE) @DecimalMax(value = "180",
				message = GeoPointInput.LONGITUDE) double west) {

}
