package de.netzwerkiq.directory.api.search.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.api.search.RecognisedConcept;
import de.netzwerkiq.directory.api.search.Relaxation;
import de.netzwerkiq.directory.api.search.SearchText;
import de.netzwerkiq.directory.indexer.content.Concepts;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.GeoLocation;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.index.IndexFields;
import de.netzwerkiq.directory.indexer.text.LanguageAnalysis;
import de.netzwerkiq.directory.indexer.text.QueryStems;

/**
 * What the words of a search match, and how much each match counts. Every unit of the
 * text (the named occupations, a named concept, a word) is one clause; a result must
 * match all of them, or from three units on three in four, unless the search was relaxed
 * (then some units are dropped, any one is enough, or one is optional and only ranks).
 *
 * <p>
 * A word matches as typed, by its stems in a language it may be in (the indexer wrote the
 * same stems into {@code stems.*}; a compound also by all its parts), or with a typo, in
 * that order of weight: a typo never outranks a real word, so "Lohn" is not "Lohr". Typos
 * are looked for in titles, and in the other texts only when the text found nothing
 * without them: a fuzzy clause per word over every field was most of Elasticsearch's time
 * for every search (BENCHMARKS.md). A word in a title counts more than one in a summary,
 * and that more than one in a body. A named occupation or concept matches the records
 * coded with it, which rank above those that only mention its words.
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
	 * Longer words are matched without typos: hardly a real word is longer, and two typos
	 * in a 64-letter word cost Elasticsearch half a second over every field.
	 */
	private static final int MAX_TYPO_WORD = 32;

	/** Words looked for with typos in every text, at most (see {@link #bounded}). */
	private static final int MAX_WORDS_WITH_TYPOS = 5;

	/**
	 * Shorter words are not looked for as the start of longer ones: "Arb" starts too many
	 * words to tell anything.
	 */
	private static final int MIN_PREFIX = 4;

	/** Words a prefix may stand for, per field: bounds the cost of a half word. */
	private static final int MAX_PREFIX_EXPANSIONS = 50;

	/**
	 * A record coded with a named occupation or concept: above what the words alone score
	 * in a title, however rare the word (a town's name in a short title scores up to 150;
	 * the typical word 5 to 40).
	 */
	private static final float CODED = 100;

	/**
	 * A record coded with a narrower part of a named concept (a tax guide for
	 * "Existenzgründung"): half a named concept, so the records coded with the concept
	 * itself come first, and one coded with two named concepts' parts beats one that only
	 * mentions the second.
	 */
	private static final float CODED_NARROWER = 50;

	/**
	 * The words that named an occupation or concept, in a record not coded with it: a
	 * mention, worth less than the code however rare the word ("Brückenkursen" in an
	 * advice centre's summary against a bridge course).
	 */
	private static final float MENTIONED = 0.5f;

	/**
	 * Records for professionals (the curricula, written for job-centre staff and
	 * trainers) count half unless the text asks for them: most people who search are
	 * looking for help for themselves, and "Anerkennung" means the advice, not a course
	 * on it for placement officers.
	 */
	private static final double PROFESSIONAL_AUDIENCE = 0.5;

	/**
	 * Records coded only with occupations the text does not name count a third: below a
	 * record for everyone that matches as much of the rest.
	 */
	private static final double OTHER_OCCUPATION = 0.3;

	/**
	 * A record in the reader's language (advice in Arabic for who searches in Arabic):
	 * more than most differences between words, less than a named concept.
	 */
	private static final float READER_LANGUAGE = 15;

	/**
	 * A record near a town the text names: less than a named concept, because what is
	 * needed matters more than where ("Arbeitsrecht Beratung Stuttgart": labour-rights
	 * advice further away helps, recognition advice in Stuttgart does not).
	 */
	private static final float NEAR_TOWN = 70;

	/**
	 * A record with no place (an online course, a guide): to be had in every town, so it
	 * is one for "Deutschkurs Berlin" too, after the courses in Berlin.
	 */
	private static final float LOCATION_INDEPENDENT = 35;

	/**
	 * A town's name written in a record: the record is near the town already, or names it
	 * in passing.
	 */
	private static final float TOWN_NAMED = 0.2f;

	/**
	 * A record that also has the optional words of a search widened because few records
	 * had all (see {@link TextRelaxation#widen}): above anything the other units can
	 * score, so every record with the whole text comes before those without a part of it.
	 */
	private static final float WHOLE_TEXT = 10_000;

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
	static Query query(SearchText text, ContentLanguage language, Relaxation relaxation, Typos typos,
			Function<ContentKind, String> kindAlias) {
		List<Query> units = new ArrayList<>();
		List<Query> optional = new ArrayList<>();
		for (SearchText.Unit unit : text.units()) {
			if (relaxation != null && relaxation.optionalWords().contains(unit.typed())) {
				// The bonus puts the whole text first; the unit's own score still ranks
				// within it (a record coded with a concept above one that mentions it).
				Query clause = unit(unit, language, bounded(text, unit, typos), kindAlias);
				Query bonus = Query.of((q) -> q.constantScore((c) -> c.filter(clause).boost(WHOLE_TEXT)));
				optional.add(Query.of((q) -> q.bool((b) -> b.should(bonus, clause))));
			}
			else if (relaxation == null || !relaxation.droppedWords().contains(unit.typed())) {
				units.add(unit(unit, language, bounded(text, unit, typos), kindAlias));
			}
		}
		String required = (relaxation != null && relaxation.anyWord()) ? "1" : "2<75%";
		Query rest = Query.of((q) -> q.bool((b) -> b.should(units).minimumShouldMatch(required)));
		Query all = optional.isEmpty() ? rest : Query.of((q) -> q.bool((b) -> b.must(rest).should(optional)));
		Query matched = (language != null)
				? Query.of((q) -> q.bool((b) -> b.must(all)
					.should((s) -> s.constantScore((c) -> c.filter(inLanguage(language)).boost(READER_LANGUAGE)))))
				: all;
		List<FunctionScore> priors = new ArrayList<>();
		if (!asksForProfessionals(text)) {
			priors.add(FunctionScore.of((fn) -> fn.filter(forProfessionalsOnly()).weight(PROFESSIONAL_AUDIENCE)));
		}
		List<String> occupations = text.occupations().codes();
		if (!occupations.isEmpty()) {
			priors.add(FunctionScore.of((fn) -> fn.filter(forOtherOccupations(occupations)).weight(OTHER_OCCUPATION)));
		}
		if (priors.isEmpty()) {
			return matched;
		}
		return Query.of((q) -> q.functionScore((f) -> f.query(matched)
			.functions(priors)
			.scoreMode(FunctionScoreMode.Multiply)
			.boostMode(FunctionBoostMode.Multiply)));
	}

	/**
	 * Records for other occupations than those the text names (an adaptation course for
	 * teachers when a bus driver asks about recognition): they match only the rest of the
	 * text, and help less than a record for every occupation.
	 */
	private static Query forOtherOccupations(List<String> named) {
		List<FieldValue> codes = named.stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.bool((b) -> b.filter((f) -> f.exists((e) -> e.field(IndexFields.OCCUPATIONS)))
			.mustNot((n) -> n.terms((t) -> t.field(IndexFields.OCCUPATIONS).terms((v) -> v.value(codes))))));
	}

	/**
	 * Records in the reader's language: advice given in it, courses taught in it,
	 * material written in it.
	 */
	private static Query inLanguage(ContentLanguage language) {
		List<Query> inFields = Arrays.stream(ContentKind.values())
			.flatMap((kind) -> FacetField.LANGUAGE.field(kind).stream())
			.distinct()
			.map((field) -> Query.of((q) -> q.term((t) -> t.field(field).value(language.code()))))
			.toList();
		return Query.of((q) -> q.bool((b) -> b.should(inFields).minimumShouldMatch("1")));
	}

	/**
	 * Whether the text names a professional audience ("Schulung für
	 * Jobcenter-Mitarbeitende") or the curricula written for them.
	 */
	private static boolean asksForProfessionals(SearchText text) {
		return text.concepts()
			.matches()
			.stream()
			.map((match) -> match.concept().code())
			.anyMatch((code) -> code == ContentKind.CURRICULA
					|| (code instanceof TargetGroup group && group.professional()));
	}

	/** Records whose every target group is a professional audience. */
	private static Query forProfessionalsOnly() {
		List<FieldValue> professional = new ArrayList<>();
		List<FieldValue> forThemselves = new ArrayList<>();
		for (TargetGroup group : TargetGroup.values()) {
			FieldValue value = FieldValue.of(FacetField.TARGET_GROUP.toStoredValue(group));
			(group.professional() ? professional : forThemselves).add(value);
		}
		return Query.of((q) -> q.bool((b) -> b
			.filter((f) -> f.terms((t) -> t.field(IndexFields.TARGET_GROUPS).terms((v) -> v.value(professional))))
			.mustNot((n) -> n.terms((t) -> t.field(IndexFields.TARGET_GROUPS).terms((v) -> v.value(forThemselves))))));
	}

	/**
	 * One clause per unit, each to be counted on its own when relaxing (typos allowed:
	 * relaxing comes after the search with typos found nothing).
	 */
	static List<Query> units(SearchText text, ContentLanguage language, Function<ContentKind, String> kindAlias) {
		return text.units()
			.stream()
			.map((unit) -> unit(unit, language, bounded(text, unit, Typos.EVERYWHERE), kindAlias))
			.toList();
	}

	/**
	 * Typos in every text for the first {@value #MAX_WORDS_WITH_TYPOS} words only, in
	 * titles for the rest: a typo looked for in every text costs per word, and twenty
	 * words no record has cost 1.5 s where a typed search takes 50 ms (the hostile suite;
	 * a text now keeps ten words).
	 */
	private static Typos bounded(SearchText text, SearchText.Unit unit, Typos typos) {
		if (typos == Typos.NONE || typos == Typos.TITLES || unit.word() == null) {
			return typos;
		}
		return (text.words().indexOf(unit.word()) < MAX_WORDS_WITH_TYPOS) ? typos : Typos.TITLES;
	}

	private static Query unit(SearchText.Unit unit, ContentLanguage language, Typos typos,
			Function<ContentKind, String> kindAlias) {
		if (unit.word() != null && unit.word().place() == null) {
			return word(unit.word(), language, typos);
		}
		if (unit.word() != null) {
			// A town: records with a site around it, that name it, or that are to be had
			// anywhere.
			GeoLocation town = unit.word().place();
			Query near = Query.of((q) -> q.geoDistance((g) -> g.field(IndexFields.LOCATIONS)
				.ignoreUnmapped(true)
				.location((l) -> l.latlon((p) -> p.lat(town.lat()).lon(town.lon())))
				.distance(TOWN_RADIUS)));
			// The best of the two, not their sum: a record in Bremen that also has
			// "Bremen"
			// in its title is no more in Bremen.
			Query nearTown = Query.of((c) -> c.constantScore((s) -> s.filter(near).boost(NEAR_TOWN)));
			Query named = Query.of((c) -> c.bool((b) -> b.must(word(unit.word(), language, typos)).boost(TOWN_NAMED)));
			Query anywhere = Query.of((c) -> c.constantScore((s) -> s
				.filter((f) -> f.bool((b) -> b.mustNot((n) -> n.exists((e) -> e.field(IndexFields.LOCATIONS)))))
				.boost(LOCATION_INDEPENDENT)));
			return Query.of((q) -> q.disMax((d) -> d.queries(nearTown, named, anywhere)));
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
			unit.concepts().forEach((named) -> scored.add(conceptScore(named.concept().code(), kindAlias)));
		}
		// The words that named it still count where they are written, in any language,
		// inflected or inside a compound too: "Prüfung" finds "Abschlussprüfung".
		// Not with typos: the thesaurus knows these words, so "Busfahrer" is no typo for
		// "Berufsfahrer".
		List<Query> words = unit.nameWords().stream().map((word) -> word(word, language, Typos.NONE)).toList();
		Query written = words.isEmpty() ? Query.of((q) -> q.multiMatch(
				(m) -> m.query(unit.typed()).fields(plainFields(language)).operator(Operator.And).boost(MENTIONED)))
				: Query.of((q) -> q.bool((b) -> b.must(words).boost(MENTIONED)));
		scored.add(written);
		return Query.of((q) -> q.bool((b) -> b.should(scored).minimumShouldMatch("1")));
	}

	/**
	 * Coded with the concept, or (less) with a narrower one: "Existenzgründung" also
	 * finds the tax guide, and "Steuern Existenzgründung" finds it first.
	 */
	private static Query conceptScore(Enum<?> code, Function<ContentKind, String> kindAlias) {
		List<Enum<?>> narrower = Concepts.narrower(code);
		if (narrower.isEmpty()) {
			return codedScore(coded(code, kindAlias));
		}
		List<Query> parts = narrower.stream().map((part) -> coded(part, kindAlias)).toList();
		Query partScore = Query.of((q) -> q.constantScore(
				(c) -> c.filter((f) -> f.bool((b) -> b.should(parts).minimumShouldMatch("1"))).boost(CODED_NARROWER)));
		return Query.of((q) -> q.disMax((d) -> d.queries(codedScore(coded(code, kindAlias)), partScore)));
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
		// A facet's field is named alike in every kind that has it, except the language
		// (an advice centre's languagesSpoken, the others' languages); a field a kind's
		// index does not have matches nothing there.
		String value = facet.toStoredValue(code);
		List<Query> terms = facet.fields()
			.stream()
			.map((field) -> Query.of((q) -> q.term((t) -> t.field(field).value(value))))
			.toList();
		return (terms.size() == 1) ? terms.get(0)
				: Query.of((q) -> q.bool((b) -> b.should(terms).minimumShouldMatch("1")));
	}

	/**
	 * As typed, by stems, or with a typo where {@code typos} says; the best of them
	 * counts.
	 */
	private static Query word(SearchText.Word word, ContentLanguage language, Typos typos) {
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
		if (typos != Typos.NONE && word.typed().length() <= MAX_TYPO_WORD) {
			// Titles are short and their vocabulary small, so a typo there is cheap to
			// look for; the bodies' is what costs.
			List<String> fuzzy = (typos == Typos.TITLES) ? titleFields(language) : plain;
			ways.add(Query.of((q) -> q.multiMatch((m) -> m.query(word.typed())
				.fields(fuzzy)
				.type(TextQueryType.BestFields)
				.operator(Operator.And)
				.fuzziness("AUTO")
				.prefixLength(1)
				.maxExpansions(20)
				.boost(TYPO))));
		}
		if (typos == Typos.PREFIXES && prefixable(word)) {
			ways.add(Query.of((q) -> q.multiMatch((m) -> m.query(word.typed())
				.fields(IndexFields.TITLE + ".*^" + TITLE, IndexFields.SUMMARY + ".*^" + SUMMARY)
				.type(TextQueryType.PhrasePrefix)
				.maxExpansions(MAX_PREFIX_EXPANSIONS)
				.boost(TYPO))));
		}
		return Query.of((q) -> q.disMax((d) -> d.queries(ways)));
	}

	/** Whether a word of the text may be looked for as the start of longer ones. */
	static boolean hasPrefix(SearchText text) {
		return text.words().stream().anyMatch(TextQueries::prefixable);
	}

	private static boolean prefixable(SearchText.Word word) {
		return word.typed().length() >= MIN_PREFIX && word.typed().length() <= MAX_TYPO_WORD;
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

	private static List<String> titleFields(ContentLanguage language) {
		List<String> fields = new ArrayList<>(List.of(IndexFields.TITLE + ".*^" + TITLE));
		if (language != null) {
			fields.add(IndexFields.TITLE + "." + language.code() + "^" + OWN_LANGUAGE_TITLE);
		}
		return fields;
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
