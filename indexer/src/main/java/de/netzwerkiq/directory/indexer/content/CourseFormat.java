package de.netzwerkiq.directory.indexer.content;

/** How a training offer or curriculum is taught. */
public enum CourseFormat {

	/** In a room, at one or more venues. */
	IN_PERSON,
	/** Live online; location-independent. */
	ONLINE,
	/** Partly in person, partly online. */
	BLENDED,
	/** Materials for self-study, no sessions. */
	SELF_STUDY;

	/** Whether someone anywhere in Germany can take part without travelling. */
	public boolean locationIndependent() {
		return this == ONLINE || this == SELF_STUDY;
	}

}
