package de.netzwerkiq.directory.indexer.content;

/** The recognition step a training offer prepares for. */
public enum RecognitionGoal {

	/** Adaptation period (Anpassungslehrgang) for a regulated profession. */
	ADAPTATION_PERIOD,
	/** Aptitude test (Eignungsprüfung) for a regulated profession. */
	APTITUDE_TEST,
	/**
	 * Knowledge test (Kenntnisprüfung), e.g. for doctors and nurses from third countries.
	 */
	KNOWLEDGE_TEST,
	/** Specialist language exam (Fachsprachprüfung). */
	PROFESSIONAL_LANGUAGE_EXAM,
	/** Closing the gaps a partial-equivalence notice names. */
	PARTIAL_EQUIVALENCE_GAPS,
	/** External final exam (Externenprüfung) in a dual vocational training. */
	EXTERNAL_EXAM

}
