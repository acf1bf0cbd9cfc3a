package de.netzwerkiq.directory.indexer.content;

/** What kind of training an offer is. */
public enum OfferType {

	/** Adaptation qualification towards full recognition (Anpassungsqualifizierung). */
	ADAPTATION_COURSE,
	/** Bridge course for academics and skilled workers (Brückenmaßnahme). */
	BRIDGE_COURSE,
	/** Preparation for a knowledge, aptitude or language exam. */
	EXAM_PREPARATION,
	/** Work-related German, vocational language course (Berufssprachkurs). */
	WORK_RELATED_GERMAN,
	/** Individual coaching. */
	COACHING,
	/** Mentoring by someone in the profession. */
	MENTORING

}
