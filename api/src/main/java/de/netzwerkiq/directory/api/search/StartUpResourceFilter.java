package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.MaterialFormat;
import de.netzwerkiq.directory.indexer.content.ResourceType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/** The {@code StartUpResourceFilter} input. */
public record StartUpResourceFilter(List<FederalState> federalStates, List<Topic> topics,
		List<TargetGroup> targetGroups, List<ResourceType> resourceTypes, List<String> languages,
		List<MaterialFormat> formats) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return SearchFilter.selections(FacetField.FEDERAL_STATE, this.federalStates, FacetField.TOPIC, this.topics,
				FacetField.TARGET_GROUP, this.targetGroups, FacetField.RESOURCE_TYPE, this.resourceTypes,
				FacetField.LANGUAGE, this.languages, FacetField.MATERIAL_FORMAT, this.formats);
	}

}
