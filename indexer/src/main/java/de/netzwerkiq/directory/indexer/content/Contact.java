package de.netzwerkiq.directory.indexer.content;

/** How to reach an office; every part is optional. */
public record Contact(String phone, String email, String website) {

}
