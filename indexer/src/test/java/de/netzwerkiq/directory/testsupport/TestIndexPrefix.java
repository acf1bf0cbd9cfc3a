package de.netzwerkiq.directory.testsupport;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Index-name prefixes that no two test classes (or runs) share. */
public final class TestIndexPrefix {

	private TestIndexPrefix() {
	}

	public static String forClass(Class<?> testClass) {
		String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		name = name.substring(0, Math.min(name.length(), 30));
		return "t-" + name + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36) + "-";
	}

}
