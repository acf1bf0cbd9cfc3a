package de.netzwerkiq.directory.indexer.content;

/** Ways a participant's fees can be paid. */
public enum Funding {

	/** Education voucher of the employment agency or job centre (Bildungsgutschein). */
	EDUCATION_VOUCHER,
	/**
	 * Activation and placement voucher (Aktivierungs- und Vermittlungsgutschein, AVGS).
	 */
	ACTIVATION_VOUCHER,
	/** Recognition grant for fees of the recognition procedure (Anerkennungszuschuss). */
	RECOGNITION_GRANT,
	/** Vocational language course funded by BAMF (DeuFöV). */
	BAMF_LANGUAGE_COURSE,
	/** Funded by the IQ programme; free for participants. */
	IQ_PROGRAMME,
	/** Paid by the employer. */
	EMPLOYER,
	/** A federal-state programme. */
	STATE_PROGRAMME

}
