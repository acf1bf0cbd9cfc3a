package de.netzwerkiq.directory.api.concepts;

import java.util.List;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.RecognitionGoal;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * A search text read against the concept thesaurus.
 *
 * @param matches the concepts it names, in the order named, each once
 * @param remainder the rest of the text: the words no name covers wholly, joined by
 * single spaces; the stripped text when nothing was recognised; empty when the text was
 * only concepts
 */
public record ConceptText(List<ConceptMatch> matches, String remainder) {

	public static final ConceptText NONE = new ConceptText(List.of(), "");

	public ConceptText {
		matches = List.copyOf(matches);
	}

	/** The codes named, of every code list. */
	public List<Enum<?>> codes() {
		return this.matches.stream().<Enum<?>>map((match) -> match.concept().code()).toList();
	}

	public List<Topic> topics() {
		return codes(Topic.class);
	}

	public List<OfferType> offerTypes() {
		return codes(OfferType.class);
	}

	public List<ResourceType> resourceTypes() {
		return codes(ResourceType.class);
	}

	/**
	 * The kinds of record named ("Beratungsstelle", "course"); an offer type or a
	 * resource type named implies its kind too, which this does not add.
	 */
	public List<ContentKind> kinds() {
		return codes(ContentKind.class);
	}

	/** The recognition goals named ("Kenntnisprüfung", "teilweise Gleichwertigkeit"). */
	public List<RecognitionGoal> recognitionGoals() {
		return codes(RecognitionGoal.class);
	}

	/** The target groups named ("Frauen", "للاجئين", "Jobcenter-Mitarbeitende"). */
	public List<TargetGroup> targetGroups() {
		return codes(TargetGroup.class);
	}

	private <E extends Enum<E>> List<E> codes(Class<E> codeList) {
		return this.matches.stream()
			.map((match) -> match.concept().code())
			.filter(codeList::isInstance)
			.map(codeList::cast)
			.toList();
	}

}
