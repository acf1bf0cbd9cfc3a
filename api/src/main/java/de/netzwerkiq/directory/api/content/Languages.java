package de.netzwerkiq.directory.api.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.api.graphql.InvalidArgumentException;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * Which language to answer in: a query's {@code language} argument, else the first
 * content language of the {@code Accept-Language} header, else each record's source
 * language. Localised fields fall back to the source language and say so.
 */
@Component
public class Languages implements WebGraphQlInterceptor {

	private static final String ACCEPT_LANGUAGE = Languages.class.getName() + ".acceptLanguage";

	private static final String CODES = Arrays.stream(ContentLanguage.values())
		.map(ContentLanguage::code)
		.collect(Collectors.joining(", "));

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String header = request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
		ContentLanguage accepted = fromHeader(header);
		if (accepted != null) {
			request.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(ACCEPT_LANGUAGE, accepted)).build());
		}
		return chain.next(request);
	}

	/** The first listed language we have content in; header quality order is kept. */
	static ContentLanguage fromHeader(String header) {
		if (header == null || header.isBlank() || header.length() > 500) {
			return null;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String code = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
				var language = ContentLanguage.fromCode(code);
				if (language.isPresent()) {
					return language.get();
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header is ignored, as HTTP servers do.
		}
		return null;
	}

	/**
	 * The language for a query: its argument, checked, else the header's.
	 * @throws InvalidArgumentException for a code that is not a content language
	 */
	public static ContentLanguage requested(String argument, DataFetchingEnvironment env) {
		if (argument != null) {
			return parse("language", argument);
		}
		GraphQLContext context = env.getGraphQlContext();
		return context.get(ACCEPT_LANGUAGE);
	}

	public static ContentLanguage parse(String argument, String code) {
		return ContentLanguage.fromCode(code.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidArgumentException(argument, argument + " must be one of " + CODES + " (got '"
					+ ((code.length() > 20) ? code.substring(0, 20) + "…" : code) + "')"));
	}

	/**
	 * The language a localised field resolves in: its own {@code language} argument, else
	 * that of the nearest enclosing field that has one (the query), else the header's.
	 * Reading the arguments up the execution path keeps controllers returning plain
	 * records.
	 */
	public static ContentLanguage wanted(DataFetchingEnvironment env) {
		for (ExecutionStepInfo step = env.getExecutionStepInfo(); step != null; step = step.getParent()) {
			Object argument = step.getArguments().get("language");
			if (argument != null) {
				return parse("language", argument.toString());
			}
		}
		return env.getGraphQlContext().get(ACCEPT_LANGUAGE);
	}

	/**
	 * A localised text in the language wanted, else the source language, else any.
	 * @return null when the record has no such text at all
	 */
	public static LocalisedText pick(String sourceLanguage, Map<String, String> texts, ContentLanguage wanted) {
		if (texts == null || texts.isEmpty()) {
			return null;
		}
		if (wanted != null && texts.containsKey(wanted.code())) {
			return new LocalisedText(texts.get(wanted.code()), wanted.code(), false);
		}
		String source = sourceLanguage;
		boolean fallback = wanted != null;
		if (texts.containsKey(source)) {
			return new LocalisedText(texts.get(source), source, fallback);
		}
		List<String> available = texts.keySet().stream().sorted().toList();
		return new LocalisedText(texts.get(available.get(0)), available.get(0), true);
	}

	/**
	 * A localised text.
	 *
	 * @param text the text
	 * @param language ISO 639-1 code it is in
	 * @param fallback whether a different language was asked for
	 */
	public record LocalisedText(String text, String language, boolean fallback) {

	}

}
