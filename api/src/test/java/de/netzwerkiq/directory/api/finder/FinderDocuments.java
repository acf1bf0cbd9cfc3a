package de.netzwerkiq.directory.api.finder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The reference finder's GraphQL documents, as the page loads them. */
final class FinderDocuments {

	private FinderDocuments() {
	}

	/** The text of {@code static/finder/documents/{name}.graphql}. */
	static String text(String name) {
		try {
			return new ClassPathResource("static/finder/documents/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
