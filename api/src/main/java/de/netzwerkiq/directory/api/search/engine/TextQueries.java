package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import de.netzwerkiq.directory.api.occupations.OccupationText;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.index.IndexFields;

/**
 * What the words of a search match, and how much each match counts: the field boosts,
 * typo tolerance, how many words must match, and the occupations the text names.
 */
final class TextQueries {

	/**
	 * A word in a title says more about what a record is than one in its summary, and
	 * that more than one somewhere in its body.
	 */
	private static final List<String> TEXT_FIELDS = List.of(IndexFields.TITLE + ".*^3", IndexFields.SUMMARY + ".*^2",
			IndexFields.BODY + ".*", IndexFields.COMPOUND_PARTS);

	/** Text in the reader's language counts a little more than a translation. */
	private static final int OWN_LANGUAGE_TITLE_BOOST = 4;

	/** The localised fields shown with their matches marked. */
	static final List<String> HIGHLIGHT_FIELDS = List.of(IndexFields.TITLE + ".*", IndexFields.SUMMARY + ".*",
			IndexFields.BODY + ".*");

	/**
	 * A record coded with an occupation the text names ranks above one that merely
	 * mentions it.
	 */
	private static final float OCCUPATION_BOOST = 5;

	private TextQueries() {
	}

	/** The clauses every result must match: empty for a search without words. */
	static List<Query> must(String text, OccupationText occupations, ContentLanguage language) {
		if (text == null) {
			return List.of();
		}
		List<String> fields = new ArrayList<>(TEXT_FIELDS);
		if (language != null) {
			fields.add(IndexFields.TITLE + "." + language.code() + "^" + OWN_LANGUAGE_TITLE_BOOST);
		}
		Query fullText = words(text, fields);
		if (occupations.matches().isEmpty()) {
			return List.of(fullText);
		}
		// "hemşire" finds the records coded 81302 in any language, and still those whose
		// text has the word; the rest of the text ("nurse Köln") must match.
		List<FieldValue> codes = occupations.codes().stream().map(FieldValue::of).toList();
		Query byCode = Query.of((q) -> q
			.terms((t) -> t.field(IndexFields.OCCUPATIONS).terms((v) -> v.value(codes)).boost(OCCUPATION_BOOST)));
		Query named = Query.of((q) -> q.bool((b) -> b.should(byCode, fullText).minimumShouldMatch("1")));
		return occupations.remainder().isBlank() ? List.of(named)
				: List.of(named, words(occupations.remainder(), fields));
	}

	/**
	 * The words as typed, for highlighting: with the search's fuzzy query the highlighter
	 * builds an edit-distance automaton per term, field and hit, which took 5 s for a
	 * six-word title over 320 offers. A word found only through a typo is ranked, not
	 * marked.
	 */
	static Query highlighted(String text) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(text).fields(HIGHLIGHT_FIELDS)));
	}

	private static Query words(String text, List<String> fields) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(text)
			.fields(fields)
			.type(TextQueryType.BestFields)
			.fuzziness("AUTO")
			.prefixLength(1)
			.maxExpansions(20)
			.minimumShouldMatch("2<75%")));
	}

}
