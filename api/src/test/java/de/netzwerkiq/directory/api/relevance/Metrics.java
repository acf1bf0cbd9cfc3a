package de.netzwerkiq.directory.api.relevance;

import java.util.Comparator;
import java.util.List;

/**
 * Graded ranking metrics over the grades of the hits in order. nDCG uses gain 2^g - 1 and
 * a log2(rank + 1) discount; the ideal ranking is built from every record in the corpus
 * that the rules grade, so a search that misses the best records is not excused.
 */
final class Metrics {

	static final int K = 10;

	private Metrics() {
	}

	static double dcg(List<Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(K, grades.size()); i++) {
			dcg += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return dcg;
	}

	/**
	 * nDCG@10 of the hits against the ideal order of all graded records; NaN when the
	 * corpus has no relevant record (the query then says nothing about ranking).
	 */
	static double ndcg(List<Integer> hitGrades, List<Integer> corpusGrades) {
		double ideal = dcg(corpusGrades.stream().filter((g) -> g > 0).sorted(Comparator.reverseOrder()).toList());
		return (ideal == 0) ? Double.NaN : dcg(hitGrades) / ideal;
	}

	/** The top hit is clearly relevant (grade 2 or 3). */
	static boolean successAt1(List<Integer> hitGrades) {
		return !hitGrades.isEmpty() && hitGrades.get(0) >= 2;
	}

}
