package de.netzwerkiq.directory.indexer.content;

/** A postal address in Germany. */
public record Address(String street, String postalCode, String city, FederalState federalState) {

}
