package de.netzwerkiq.directory.api.geo;

/** A map viewport as a client sends it; checked by {@link Places#box}. */
public record BoundingBoxInput(double north, double south, double east, double west) {

}
