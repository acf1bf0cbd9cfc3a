package de.netzwerkiq.directory.indexer.sample;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in the eight content languages, in the order de, en, ar, fa, tr, ru, uk, fr.
 * {@code {city}} and {@code {occupation}} are filled in per record.
 */
record Texts(String de, String en, String ar, String fa, String tr, String ru, String uk, String fr) {

	Map<String, String> all(String city, String occupation) {
		Map<String, String> texts = new LinkedHashMap<>();
		put(texts, "de", this.de, city, occupation);
		put(texts, "en", this.en, city, occupation);
		put(texts, "ar", this.ar, city, occupation);
		put(texts, "fa", this.fa, city, occupation);
		put(texts, "tr", this.tr, city, occupation);
		put(texts, "ru", this.ru, city, occupation);
		put(texts, "uk", this.uk, city, occupation);
		put(texts, "fr", this.fr, city, occupation);
		return texts;
	}

	String in(String language) {
		return switch (language) {
			case "de" -> this.de;
			case "en" -> this.en;
			case "ar" -> this.ar;
			case "fa" -> this.fa;
			case "tr" -> this.tr;
			case "ru" -> this.ru;
			case "uk" -> this.uk;
			case "fr" -> this.fr;
			default -> throw new IllegalArgumentException(language);
		};
	}

	private static void put(Map<String, String> texts, String language, String template, String city,
			String occupation) {
		if (template != null) {
			texts.put(language, fill(template, city, occupation));
		}
	}

	static String fill(String template, String city, String occupation) {
		String text = template;
		if (city != null) {
			text = text.replace("{city}", city);
		}
		if (occupation != null) {
			text = text.replace("{occupation}", occupation);
		}
		return text;
	}

}
