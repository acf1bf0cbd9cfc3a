package de.netzwerkiq.directory.indexer.content;

/** What an advice centre advises on. */
public enum AdviceTopic {

	/** Recognition of foreign professional qualifications. */
	RECOGNITION,
	/** Qualification and job-training advice. */
	JOB_TRAINING,
	/** "Faire Integration": labour and social rights of migrant workers. */
	FAIR_INTEGRATION,
	/** Advice for founders with a migration background. */
	BUSINESS_START_UP

}
