package de.netzwerkiq.directory.indexer.content;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Licences of curricula and materials. Source files use the SPDX identifier; the constant
 * names are the GraphQL enum values.
 */
public enum Licence {

	CC0_1_0("CC0-1.0"), CC_BY_4_0("CC-BY-4.0"), CC_BY_SA_4_0("CC-BY-SA-4.0"), CC_BY_NC_4_0("CC-BY-NC-4.0"),
	CC_BY_NC_SA_4_0("CC-BY-NC-SA-4.0"), CC_BY_ND_4_0("CC-BY-ND-4.0"),
	/** All rights reserved; free to use as published, not to adapt. */
	ALL_RIGHTS_RESERVED("LicenseRef-All-Rights-Reserved");

	private final String spdxId;

	Licence(String spdxId) {
		this.spdxId = spdxId;
	}

	@JsonValue
	public String spdxId() {
		return this.spdxId;
	}

	/** Whether others may adapt the work and share their version. */
	public boolean allowsAdaptation() {
		return this != CC_BY_ND_4_0 && this != ALL_RIGHTS_RESERVED;
	}

}
