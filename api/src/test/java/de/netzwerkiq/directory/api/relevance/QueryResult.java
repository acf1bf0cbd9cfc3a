package de.netzwerkiq.directory.api.relevance;

import java.util.List;

/**
 * What the search returned for one judged query, graded.
 *
 * @param query the query
 * @param hits the top hits in order: record id, grade and title
 * @param totalCount how many records the search matched in all
 * @param relevantInCorpus how many records of the corpus the rules grade 1 or more
 * @param ndcg nDCG@10, NaN when the corpus holds nothing relevant
 * @param error the GraphQL error, or null
 */
record QueryResult(JudgedQuery query, List<Hit> hits, int totalCount, int relevantInCorpus, double ndcg, String error) {

	QueryResult {
		hits = List.copyOf(hits);
	}

	static QueryResult of(JudgedQuery query, List<Hit> hits, int totalCount, List<Integer> corpusGrades, String error) {
		List<Integer> grades = hits.stream().map(Hit::grade).toList();
		int relevant = (int) corpusGrades.stream().filter((g) -> g > 0).count();
		return new QueryResult(query, hits, totalCount, relevant, Metrics.ndcg(grades, corpusGrades), error);
	}

	boolean hasRelevant() {
		return this.relevantInCorpus > 0;
	}

	boolean empty() {
		return this.hits.isEmpty();
	}

	boolean successAt1() {
		return Metrics.successAt1(this.hits.stream().map(Hit::grade).toList());
	}

	record Hit(String id, int grade, String title) {
	}

}
