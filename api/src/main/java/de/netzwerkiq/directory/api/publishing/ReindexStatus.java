package de.netzwerkiq.directory.api.publishing;

/** Where a reindex run is. */
public enum ReindexStatus {

	/** Still loading or checking. */
	RUNNING,
	/** Checked and live. */
	SWAPPED,
	/** Ran, but a check failed; the live index was not touched. */
	NOT_SWAPPED,
	/** Could not run. */
	FAILED

}
