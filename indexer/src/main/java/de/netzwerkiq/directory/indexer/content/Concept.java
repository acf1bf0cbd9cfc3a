package de.netzwerkiq.directory.indexer.content;

import java.util.List;
import java.util.Map;

/**
 * A concept records are coded with, from the concept thesaurus: a topic, an offer type, a
 * resource type, a kind of content, a recognition goal or a target group, with the names
 * people search it by.
 *
 * @param code the constant of its code list ({@link Topic#BUSINESS_START_UP},
 * {@link ContentKind#ADVICE_CENTRES}, ...)
 * @param names per content language its names, the display name first
 */
public record Concept(Enum<?> code, Map<ContentLanguage, List<String>> names) {

	public Concept {
		names = Map.copyOf(names);
	}

	/**
	 * The enum that is its code list: {@code Topic.class}, {@code OfferType.class}, ...
	 */
	public Class<?> codeList() {
		return this.code.getDeclaringClass();
	}

	/** The display name in a language; every language has one. */
	public String name(ContentLanguage language) {
		return this.names.get(language).get(0);
	}

	/** {@code Topic.BUSINESS_START_UP}: list and code, for messages and logs. */
	@Override
	public String toString() {
		return codeList().getSimpleName() + "." + this.code.name();
	}

}
