package de.netzwerkiq.directory.indexer.content;

/**
 * Who a record is for: people looking for advice or training, and the professional
 * audiences of the intercultural curricula.
 */
public enum TargetGroup {

	/** Anyone with a foreign professional or academic qualification. */
	SKILLED_MIGRANTS,
	/** Refugees and people with a tolerated stay. */
	REFUGEES,
	/** Women with a migration background. */
	WOMEN,
	/** Graduates of foreign universities. */
	ACADEMICS,
	/** EU citizens working in Germany (labour-rights advice). */
	EU_WORKERS,
	/** Seasonal and posted workers (labour-rights advice). */
	SEASONAL_WORKERS,
	/** Founders and the self-employed. */
	FOUNDERS,
	/** Employers and HR staff. */
	EMPLOYERS,
	/** Staff of job centres. */
	JOB_CENTRE_STAFF,
	/** Staff of the employment agencies. */
	EMPLOYMENT_AGENCY_STAFF,
	/** Staff of municipal administrations and immigration offices. */
	MUNICIPAL_STAFF,
	/** Teachers and trainers. */
	TEACHERS,
	/** Advisers in migration and labour-market services. */
	ADVISERS;

	/**
	 * Whether the group is a professional audience (staff, teachers, advisers, employers)
	 * rather than people looking for help for themselves.
	 */
	public boolean professional() {
		return switch (this) {
			case EMPLOYERS, JOB_CENTRE_STAFF, EMPLOYMENT_AGENCY_STAFF, MUNICIPAL_STAFF, TEACHERS, ADVISERS -> true;
			case SKILLED_MIGRANTS, REFUGEES, WOMEN, ACADEMICS, EU_WORKERS, SEASONAL_WORKERS, FOUNDERS -> false;
		};
	}

}
