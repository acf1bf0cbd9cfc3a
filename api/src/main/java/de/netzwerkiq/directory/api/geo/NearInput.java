package de.netzwerkiq.directory.api.geo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;

/**
 * Where a client wants to search around: exactly one of a point, a postal code or a place
 * name, and an optional radius. Resolved by {@link Places#resolve}.
 */
public record NearInput(@Valid GeoPointInput point, String postalCode, String place,
		@Positive(message = NearInput.RADIUS) @DecimalMax(value = "" + Places.MAX_RADIUS_KM,
				message = NearInput.RADIUS) Double radiusKm) {

	/** The schema's documentation says to omit the radius for no limit. */
	static final String RADIUS = "must be greater than 0 and at most " + (int) Places.MAX_RADIUS_KM;

}
