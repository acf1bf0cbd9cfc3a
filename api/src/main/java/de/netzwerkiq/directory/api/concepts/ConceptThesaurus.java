package de.netzwerkiq.directory.api.concepts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.netzwerkiq.directory.indexer.content.Concept;
import de.netzwerkiq.directory.indexer.content.Concepts;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;
import de.netzwerkiq.directory.indexer.text.NameMatcher;

/**
 * Finds the concepts a search text names, in any content language: "Existenzgründung",
 * "start a business", "iş kurmak" and "تأسيس شركة" all name the topic
 * {@code BUSINESS_START_UP}; "Mindestlohn" and "unpaid wages" name
 * {@code FAIR_INTEGRATION}; "Deutschkurs" and "курс немецкого" name the offer type
 * {@code WORK_RELATED_GERMAN} (and the topic {@code GERMAN_FOR_WORK}); "Beratungsstelle"
 * names the kind {@code ADVICE_CENTRES}; "Kenntnisprüfung" names the recognition goal
 * {@code KNOWLEDGE_TEST} (and the offer type {@code EXAM_PREPARATION}); "Frauen",
 * "للاجئين" and "Jobcenter-Mitarbeitende" name the target groups {@code WOMEN},
 * {@code REFUGEES} and {@code JOB_CENTRE_STAFF}. The names are those of
 * {@code code-lists/concepts.tsv} ({@link Concepts}).
 *
 * <p>
 * The matching rules are {@link NameMatcher}'s, shared with the occupation thesaurus:
 * folded case, accents and Arabic marks, longest name first, up to three letters of
 * ending on names of six letters or more. Unlike occupations, German names are also found
 * inside compounds: "Existenzgründungsberatung" names {@code BUSINESS_START_UP} and
 * {@code ADVICE_CENTRES}; a compound whose parts are all names leaves the remainder, one
 * with other parts ("Sprachkursangebote") stays in it. Short words are never split, so
 * "Lohne" and "Lohr am Main" name nothing.
 *
 * <p>
 * How a search should use it: read the text (after or beside the
 * {@code OccupationThesaurus}, which takes precedence for occupation names), then
 * <ul>
 * <li>let records coded with a recognised topic, offer type, resource type, recognition
 * goal or target group match and rank high (a should clause on the code fields, boosted
 * above text relevance), without making the code a filter: "Deutschkurs Köln" should
 * still find a course that only says so in its text;</li>
 * <li>treat a recognised kind as a preference for that kind (an offer type implies
 * training offers, a resource type start-up resources), not as a restriction of the kinds
 * asked for;</li>
 * <li>search the {@link ConceptText#remainder() remainder} as free text (when it is
 * empty, the concepts alone make the query);</li>
 * <li>say in the answer what was recognised: each {@link ConceptMatch}'s concept, the
 * words as typed and the language, as the search already does for occupations.</li>
 * </ul>
 */
@Component
public class ConceptThesaurus {

	private final NameMatcher<Name> matcher;

	public ConceptThesaurus() {
		List<NameMatcher.Name<Name>> names = new ArrayList<>();
		for (Concept concept : Concepts.all()) {
			// German first, so that a name shared by languages reports German.
			for (ContentLanguage language : ContentLanguage.values()) {
				for (String name : concept.names().get(language)) {
					names.add(new NameMatcher.Name<>(name, new Name(concept, language), language));
				}
			}
		}
		this.matcher = new NameMatcher<>(names, true);
	}

	/** The concepts a text names and what is left of it. */
	/**
	 * Whether a word (folded as {@link NameMatcher#fold} folds) is a word of a concept's
	 * name, so no typo of another thesaurus's name.
	 */
	public boolean knows(String folded) {
		return this.matcher.knows(folded);
	}

	public ConceptText read(String text) {
		if (text == null || text.isBlank()) {
			return ConceptText.NONE;
		}
		NameMatcher.Reading<Name> reading = this.matcher.read(text);
		Map<Enum<?>, ConceptMatch> matches = new LinkedHashMap<>();
		for (NameMatcher.Found<Name> found : reading.found()) {
			for (Name name : found.values()) {
				matches.putIfAbsent(name.concept().code(),
						new ConceptMatch(name.concept(), found.typed(), name.language().code()));
			}
		}
		if (matches.containsKey(Topic.FAIR_INTEGRATION)) {
			// A worker's complaint names the employer it is about, not the audience: "my
			// employer hasn't paid me", "employer took my passport" want the
			// labour-rights
			// advice, not the curricula for employers. The word says nothing more.
			matches.remove(TargetGroup.EMPLOYERS);
		}
		return new ConceptText(List.copyOf(matches.values()), reading.remainder());
	}

	private record Name(Concept concept, ContentLanguage language) {
	}

}
