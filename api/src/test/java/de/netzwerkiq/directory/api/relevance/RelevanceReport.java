package de.netzwerkiq.directory.api.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures a tuner reads: per language and overall, per class, and the worst queries.
 * Mean nDCG@10, success@1 and the empty share are over the queries that have relevant
 * records; queries marked as having none are only counted and listed.
 */
final class RelevanceReport {

	static final List<String> LANGUAGES = List.of("de", "en", "ar", "fa", "tr", "ru", "uk", "fr");

	private RelevanceReport() {
	}

	/** Figures of a group of queries. */
	record Figures(int queries, int judged, double ndcg, double successAt1, double emptyShare) {

		static Figures of(List<QueryResult> results) {
			List<QueryResult> judged = results.stream().filter(QueryResult::hasRelevant).toList();
			if (judged.isEmpty()) {
				return new Figures(results.size(), 0, Double.NaN, Double.NaN, Double.NaN);
			}
			return new Figures(results.size(), judged.size(),
					judged.stream().mapToDouble(QueryResult::ndcg).average().orElseThrow(),
					share(judged, QueryResult::successAt1), share(judged, QueryResult::empty));
		}

		private static double share(List<QueryResult> results, Predicate<QueryResult> test) {
			return (double) results.stream().filter(test).count() / results.size();
		}

	}

	static String summary(String set, List<QueryResult> results) {
		StringBuilder out = new StringBuilder();
		long unjudged = results.stream().filter((r) -> !r.hasRelevant()).count();
		out.append(String.format(Locale.ROOT, "%s set: %d queries, %d without relevant records in the corpus%n", set,
				results.size(), unjudged));
		out.append(header("language"));
		for (String language : LANGUAGES) {
			out.append(row(language, Figures.of(select(results, (r) -> r.query().language().equals(language)))));
		}
		out.append(row("all", Figures.of(results)));
		out.append(System.lineSeparator());
		out.append(header("class (all it has)"));
		for (String c : JudgedQuery.CLASSES) {
			out.append(row(c, Figures.of(select(results, (r) -> r.query().classes().contains(c)))));
		}
		out.append(System.lineSeparator());
		List<QueryResult> noRelevant = select(results, (r) -> !r.hasRelevant());
		if (!noRelevant.isEmpty()) {
			out.append("Queries without relevant records (not in the figures; hits returned):")
				.append(System.lineSeparator());
			noRelevant.forEach((r) -> out.append(
					String.format(Locale.ROOT, "  %-7s %-40s %d%n", r.query().id(), r.query().text(), r.totalCount())));
			out.append(System.lineSeparator());
		}
		List<QueryResult> errors = select(results, (r) -> r.error() != null);
		errors.forEach((r) -> out
			.append(String.format(Locale.ROOT, "ERROR %s %s: %s%n", r.query().id(), r.query().text(), r.error())));
		return out.toString();
	}

	/** Empty answers and nDCG@10 below 0.5, worst first, with the top three hits. */
	static String worst(String set, List<QueryResult> results) {
		List<QueryResult> worst = results.stream()
			.filter(QueryResult::hasRelevant)
			.filter((r) -> r.empty() || r.ndcg() < 0.5)
			.sorted(Comparator.comparingDouble(QueryResult::ndcg).thenComparing((r) -> r.query().id()))
			.toList();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Worst queries of the %s set (empty or nDCG@10 < 0.5): %d%n", set,
				worst.size()));
		for (QueryResult r : worst) {
			out.append(
					String.format(Locale.ROOT, "  %-7s %-10s nDCG %.3f  %4d hits  %4d relevant  %s%n", r.query().id(),
							r.query().mainClass(), r.ndcg(), r.totalCount(), r.relevantInCorpus(), r.query().text()));
			r.hits()
				.stream()
				.limit(3)
				.forEach((hit) -> out
					.append(String.format(Locale.ROOT, "            [%d] %s%n", hit.grade(), hit.title())));
		}
		return out.toString();
	}

	/** One line per query, for diffing two runs. */
	static String perQuery(List<QueryResult> results) {
		List<String> lines = new ArrayList<>();
		lines.add("id\tlanguage\tclasses\tndcg@10\tsuccess@1\thits\trelevant\ttop10grades\ttext");
		for (QueryResult r : results) {
			lines.add(String.join("\t", r.query().id(), r.query().language(), String.join(",", r.query().classes()),
					String.format(Locale.ROOT, "%.3f", r.ndcg()), r.successAt1() ? "1" : "0",
					String.valueOf(r.totalCount()), String.valueOf(r.relevantInCorpus()),
					r.hits().stream().map((hit) -> String.valueOf(hit.grade())).collect(Collectors.joining("")),
					r.query().text()));
		}
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	private static List<QueryResult> select(List<QueryResult> results, Predicate<QueryResult> test) {
		return results.stream().filter(test).toList();
	}

	private static String header(String first) {
		return String.format(Locale.ROOT, "%-20s %7s %7s %8s %9s %7s%n", first, "queries", "judged", "nDCG@10",
				"success@1", "empty");
	}

	private static String row(String name, Figures f) {
		return String.format(Locale.ROOT, "%-20s %7d %7d %8.3f %9.3f %7.3f%n", name, f.queries(), f.judged(), f.ndcg(),
				f.successAt1(), f.emptyShare());
	}

}
