package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.search.RecognisedConcept;
import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchText;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;
import de.netzwerkiq.directory.indexer.text.QueryStems;

/**
 * What the words of a search match, and how much each match counts. Every unit of the
 * text (the named occupations, a named concept, a word) is one clause; a result must
 * match all of them, or from three units on three in four, unless the search was relaxed.
 *
 * <p>
 * A word matches as typed, by its stems in a language it may be in (the indexer wrote the
 * same stems into {@code stems.*}; a compound also by all its parts), or with a typo, in
 * that order of weight: a typo never outranks a real word, so "Lohn" is not "Lohr". A
 * word in a title counts more than one in a summary, and that more than one in a body. A
 * named occupation or concept matches the records coded with it, which rank above those
 * that only mention its words.
 */
final class TextQueries {

	/** Field weights: a title says most about what a record is. */
	private static final float TITLE = 3;

	private static final float SUMMARY = 2;

	/** Text in the reader's language counts a little more than a translation. */
	private static final float OWN_LANGUAGE_TITLE = 4;

	/** A word as typed. */
	private static final float EXACT = 3;

	/** A word by its stem or a compound by its parts. */
	private static final float STEMMED = 2;

	/** A word with a typo: well below any real match. */
	private static final float TYPO = 0.2f;

	/**
	 * A record coded with a named occupation or concept: above what the words alone score
	 * in a title.
	 */
	private static final float CODED = 30;

	/** Around a town a text names: what people call "in Köln" includes its suburbs. */
	private static final String TOWN_RADIUS = "30km";

	/** The localised fields shown with their matches marked. */
	static final List<String> HIGHLIGHT_FIELDS = List.of(IndexFields.TITLE + ".*", IndexFields.SUMMARY + ".*",
			IndexFields.BODY + ".*");

	private TextQueries() {
	}

	/**
	 * The text clause: every unit but the dropped ones, all or most required (any one
	 * when relaxed so).
	 * @param kindAlias the alias of a kind's index, for named kinds
	 */
	static Query query(SearchText text, ContentLanguage language, Relaxation relaxation,
			Function<ContentKind, String> kindAlias) {
		List<Query> units = new ArrayList<>();
		for (SearchText.Unit unit : text.units()) {
			if (relaxation == null || !relaxation.droppedWords().contains(unit.typed())) {
				units.add(unit(unit, language, kindAlias));
			}
		}
		String required = (relaxation != null && relaxation.anyWord()) ? "1" : "2<75%";
		return Query.of((q) -> q.bool((b) -> b.should(units).minimumShouldMatch(required)));
	}

	/** One clause per unit, each to be counted on its own when relaxing. */
	static List<Query> units(SearchText text, ContentLanguage language, Function<ContentKind, String> kindAlias) {
		return text.units().stream().map((unit) -> unit(unit, language, kindAlias)).toList();
	}

	private static Query unit(SearchText.Unit unit, ContentLanguage language, Function<ContentKind, String> kindAlias) {
		if (unit.word() != null && unit.word().place() == null) {
			return word(unit.word(), language);
		}
		if (unit.word() != null) {
			// A town: records with a site around it, or that name it.
			GeoLocation town = unit.word().place();
			Query near = Query.of((q) -> q.geoDistance((g) -> g.field(IndexFields.LOCATIONS)
				.location((l) -> l.latlon((p) -> p.lat(town.lat()).lon(town.lon())))
				.distance(TOWN_RADIUS)));
			return Query.of((q) -> q.bool(
					(b) -> b
						.should(Query.of((c) -> c.constantScore((s) -> s.filter(near).boost(CODED))),
								word(unit.word(), language))
						.minimumShouldMatch("1")));
		}
		List<Query> scored = new ArrayList<>();
		if (unit.occupations() != null) {
			List<FieldValue> codes = unit.occupations().codes().stream().map(FieldValue::of).toList();
			scored.add(codedScore(
					Query.of((q) -> q.terms((t) -> t.field(IndexFields.OCCUPATIONS).terms((v) -> v.value(codes))))));
		}
		else {
			// One score per concept, summed: a compound that names two
			// ("Gründungsberatung":
			// start-up, advice centre) ranks the records coded with both first.
			unit.concepts().forEach((named) -> scored.add(codedScore(coded(named.concept().code(), kindAlias))));
		}
		// The words that named it still count where they are written, in any language,
		// inflected or inside a compound too: "Prüfung" finds "Abschlussprüfung".
		List<Query> words = unit.nameWords().stream().map((word) -> word(word, language)).toList();
		Query written = words.isEmpty() ? Query
			.of((q) -> q.multiMatch((m) -> m.query(unit.typed()).fields(plainFields(language)).operator(Operator.And)))
				: Query.of((q) -> q.bool((b) -> b.must(words)));
		scored.add(written);
		return Query.of((q) -> q.bool((b) -> b.should(scored).minimumShouldMatch("1")));
	}

	private static Query codedScore(Query coded) {
		return Query.of((q) -> q.constantScore((c) -> c.filter(coded).boost(CODED)));
	}

	private static Query coded(Enum<?> code, Function<ContentKind, String> kindAlias) {
		FacetField facet = RecognisedConcept.facet(code);
		if (facet == FacetField.KIND) {
			// A terms query on _index takes aliases.
			return Query.of((q) -> q.term((t) -> t.field("_index").value(kindAlias.apply((ContentKind) code))));
		}
		// The fields of a concept's facet are named alike in every kind that has them.
		String field = facet.field(ContentKind.TRAINING_OFFERS)
			.or(() -> facet.field(ContentKind.START_UP_RESOURCES))
			.orElseThrow();
		return Query.of((q) -> q.term((t) -> t.field(field).value(facet.toStoredValue(code))));
	}

	/** As typed, by stems, or with a typo; the best of them counts. */
	private static Query word(SearchText.Word word, ContentLanguage language) {
		List<Query> ways = new ArrayList<>();
		List<String> plain = plainFields(language);
		ways.add(Query.of((q) -> q.multiMatch((m) -> m.query(word.typed())
			.fields(plain)
			.type(TextQueryType.BestFields)
			.operator(Operator.And)
			.boost(EXACT))));
		for (QueryStems stems : word.stems()) {
			for (QueryStems.Word stemmed : stems.words()) {
				ways.add(stemmed(stemmed.stems(), stems.language(), Operator.Or));
				if (!stemmed.parts().isEmpty()) {
					ways.add(stemmed(stemmed.parts(), stems.language(), Operator.And));
				}
			}
		}
		ways.add(Query.of((q) -> q.multiMatch((m) -> m.query(word.typed())
			.fields(plain)
			.type(TextQueryType.BestFields)
			.operator(Operator.And)
			.fuzziness("AUTO")
			.prefixLength(1)
			.maxExpansions(20)
			.boost(TYPO))));
		return Query.of((q) -> q.disMax((d) -> d.queries(ways)));
	}

	/**
	 * Stems in a language's stem fields: any of them ({@code Or}, a word's alternative
	 * lemmas), or all of them across the fields ({@code And}, a compound's parts).
	 */
	private static Query stemmed(List<String> stems, ContentLanguage language, Operator operator) {
		List<String> fields = List.of(LanguageAnalysis.stemField(IndexFields.TITLE, language) + "^" + TITLE,
				LanguageAnalysis.stemField(IndexFields.SUMMARY, language) + "^" + SUMMARY,
				LanguageAnalysis.stemField(IndexFields.BODY, language));
		TextQueryType type = (operator == Operator.And) ? TextQueryType.CrossFields : TextQueryType.BestFields;
		return Query.of((q) -> q.multiMatch(
				(m) -> m.query(String.join(" ", stems)).fields(fields).type(type).operator(operator).boost(STEMMED)));
	}

	private static List<String> plainFields(ContentLanguage language) {
		List<String> fields = new ArrayList<>(List.of(IndexFields.TITLE + ".*^" + TITLE,
				IndexFields.SUMMARY + ".*^" + SUMMARY, IndexFields.BODY + ".*"));
		if (language != null) {
			fields.add(IndexFields.TITLE + "." + language.code() + "^" + OWN_LANGUAGE_TITLE);
		}
		return fields;
	}

	/**
	 * What to mark in the texts: the words as typed, and the words that start with a stem
	 * ("Kurse" for "kurs"), which is how most inflected forms are spelled. Fuzzy matches
	 * are left out: with the search's fuzzy query the highlighter builds an edit-distance
	 * automaton per term, field and hit, which took 5 s for a six-word title over 320
	 * offers. A word found only through a typo is ranked, not marked.
	 */
	static Query highlighted(SearchText text) {
		List<Query> marks = new ArrayList<>();
		marks.add(Query.of((q) -> q.multiMatch((m) -> m.query(text.typed()).fields(HIGHLIGHT_FIELDS))));
		text.words()
			.stream()
			.flatMap((word) -> word.stems().stream())
			.flatMap((stems) -> stems.words().stream())
			.flatMap((word) -> word.stems().stream())
			.filter((stem) -> stem.length() >= 4)
			.distinct()
			.forEach((stem) -> marks.add(Query.of((q) -> q
				.multiMatch((m) -> m.query(stem).fields(HIGHLIGHT_FIELDS).type(TextQueryType.BoolPrefix)))));
		return Query.of((q) -> q.bool((b) -> b.should(marks)));
	}

}
