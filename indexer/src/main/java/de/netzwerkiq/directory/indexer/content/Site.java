package de.netzwerkiq.directory.indexer.content;

import java.util.List;

/**
 * A physical place where something happens: an office of an advice centre or a venue of a
 * training offer. One shape for both, so geo search treats them alike.
 *
 * @param name what the place is called, if it has a name of its own ("Büro Nord")
 * @param address postal address
 * @param location where it is; what distance searches measure to
 * @param contact how to reach this place, if it differs from the record's contact
 * @param openingHours weekly opening hours (offices); empty when unknown
 * @param accessibility accessibility features of this place
 */
public record Site(String name, Address address, GeoLocation location, Contact contact, List<OpeningHours> openingHours,
		List<Accessibility> accessibility) {

	/** Lists are never null, also when a file or document leaves them out. */
	public Site {
		openingHours = ContentLists.orEmpty(openingHours);
		accessibility = ContentLists.orEmpty(accessibility);
	}

}
