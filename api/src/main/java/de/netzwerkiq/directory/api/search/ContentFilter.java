package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/** The {@code ContentFilter} input of the cross-kind search. */
public record ContentFilter(List<ContentKind> kinds, List<FederalState> federalStates, List<Topic> topics,
		List<TargetGroup> targetGroups) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return SearchFilter.selections(FacetField.KIND, this.kinds, FacetField.FEDERAL_STATE, this.federalStates,
				FacetField.TOPIC, this.topics, FacetField.TARGET_GROUP, this.targetGroups);
	}

}
