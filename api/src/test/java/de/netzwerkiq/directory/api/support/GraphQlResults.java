package de.netzwerkiq.directory.api.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Reading GraphQL answers as plain maps and lists, and paging through connections. */
public final class GraphQlResults {

	private GraphQlResults() {
	}

	/**
	 * Every page of a connection: the document must take {@code $after} and select
	 * {@code pageInfo { hasNextPage endCursor }}.
	 * @param path where the connection is in {@code data}
	 */
	public static List<Map<String, Object>> pages(GraphQlTester graphQl, String document, String path,
			Map<String, Object> variables) {
		List<Map<String, Object>> pages = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> pageVariables = new HashMap<>(variables);
			pageVariables.put("after", after);
			Map<String, Object> connection = map(graphQl.document(document)
				.variables(pageVariables)
				.execute()
				.errors()
				.verify()
				.path(path)
				.entity(Map.class)
				.get());
			pages.add(connection);
			Map<String, Object> pageInfo = map(connection.get("pageInfo"));
			after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
		}
		while (after != null);
		return pages;
	}

	/** The edges of all pages, in order. */
	public static List<Map<String, Object>> edges(List<Map<String, Object>> pages) {
		return pages.stream().flatMap((page) -> list(page.get("edges")).stream()).toList();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
