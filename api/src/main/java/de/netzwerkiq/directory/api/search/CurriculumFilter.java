package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.CourseFormat;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.Licence;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/** The {@code CurriculumFilter} input. */
public record CurriculumFilter(List<FederalState> federalStates, List<Topic> topics, List<TargetGroup> targetGroups,
		List<CourseFormat> formats, List<String> languages, List<Licence> licences) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return SearchFilter.selections(FacetField.FEDERAL_STATE, this.federalStates, FacetField.TOPIC, this.topics,
				FacetField.TARGET_GROUP, this.targetGroups, FacetField.FORMAT, this.formats, FacetField.LANGUAGE,
				this.languages, FacetField.LICENCE, this.licences);
	}

}
