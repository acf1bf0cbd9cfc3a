package de.netzwerkiq.directory.indexer.content;

/** Accessibility features of an office or venue, or of how advice is given. */
public enum Accessibility {

	/** Step-free access to the rooms used. */
	STEP_FREE_ACCESS,
	/** An accessible toilet. */
	ACCESSIBLE_TOILET,
	/** An induction loop for hearing aids. */
	HEARING_LOOP,
	/** Sign-language interpreting on request. */
	SIGN_LANGUAGE,
	/** Information in easy German (Leichte Sprache). */
	EASY_LANGUAGE,
	/** Childcare during appointments or classes. */
	CHILDCARE

}
