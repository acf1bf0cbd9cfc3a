package de.netzwerkiq.directory.indexer.content;

/**
 * What a record is about. One list for all kinds so that a cross-kind search can facet on
 * it; each constant says which kinds it is mostly used for.
 */
public enum Topic {

	/** Recognition of foreign professional qualifications (advice centres, training). */
	RECOGNITION,
	/** Qualification and job-training advice (advice centres). */
	JOB_TRAINING,
	/**
	 * "Faire Integration": labour and social rights of migrant workers (advice centres).
	 */
	FAIR_INTEGRATION,
	/** Starting a business with a migration background (advice centres, resources). */
	BUSINESS_START_UP,
	/** German for work and vocational language (training). */
	GERMAN_FOR_WORK,
	/** Career orientation and job search (advice, training). */
	CAREER_ORIENTATION,
	/** Intercultural competence and opening of organisations (curricula). */
	INTERCULTURAL_COMPETENCE,
	/** Advice in plain, language-sensitive German (curricula). */
	LANGUAGE_SENSITIVE_ADVICE,
	/** Anti-discrimination and equal treatment (curricula). */
	ANTI_DISCRIMINATION,
	/** Asylum and residence law basics (curricula). */
	ASYLUM_AND_RESIDENCE,
	/** Writing a business plan (resources). */
	BUSINESS_PLAN,
	/** Financing, grants and micro-loans (resources). */
	FINANCING,
	/** Choosing a legal form (resources). */
	LEGAL_FORM,
	/** Residence permits for self-employment (resources). */
	RESIDENCE_PERMIT,
	/** Taxes and bookkeeping (resources). */
	TAXES,
	/** Social insurance and health insurance (resources). */
	SOCIAL_INSURANCE

}
