package de.netzwerkiq.directory.indexer.content;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * German federal states with their ISO 3166-2 codes. The constant names are the GraphQL
 * enum values (DE_BE); the ISO code (DE-BE) is what source files and the index hold.
 */
public enum FederalState {

	DE_BW("Baden-Württemberg"), DE_BY("Bayern"), DE_BE("Berlin"), DE_BB("Brandenburg"), DE_HB("Bremen"),
	DE_HH("Hamburg"), DE_HE("Hessen"), DE_MV("Mecklenburg-Vorpommern"), DE_NI("Niedersachsen"),
	DE_NW("Nordrhein-Westfalen"), DE_RP("Rheinland-Pfalz"), DE_SL("Saarland"), DE_SN("Sachsen"),
	DE_ST("Sachsen-Anhalt"), DE_SH("Schleswig-Holstein"), DE_TH("Thüringen");

	private final String germanName;

	FederalState(String germanName) {
		this.germanName = germanName;
	}

	/** ISO 3166-2 code, e.g. DE-BE. */
	@JsonValue
	public String isoCode() {
		return name().replace('_', '-');
	}

	public String germanName() {
		return this.germanName;
	}

	public static Optional<FederalState> fromIsoCode(String code) {
		return Arrays.stream(values()).filter((state) -> state.isoCode().equals(code)).findFirst();
	}

}
