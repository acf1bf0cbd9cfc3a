package de.netzwerkiq.directory.api.search;

import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.api.facets.FacetField;
import de.netzwerkiq.directory.indexer.content.Accessibility;
import de.netzwerkiq.directory.indexer.content.DeliveryMode;
import de.netzwerkiq.directory.indexer.content.FederalState;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/** The {@code AdviceCentreFilter} input. */
public record AdviceCentreFilter(List<FederalState> federalStates, List<Topic> topics, List<TargetGroup> targetGroups,
		List<DeliveryMode> deliveryModes, List<String> languages, List<String> occupations,
		List<Accessibility> accessibility, Boolean freeOfCharge) implements SearchFilter {

	@Override
	public Map<FacetField, List<?>> selections() {
		return SearchFilter.selections(FacetField.FEDERAL_STATE, this.federalStates, FacetField.TOPIC, this.topics,
				FacetField.TARGET_GROUP, this.targetGroups, FacetField.DELIVERY_MODE, this.deliveryModes,
				FacetField.LANGUAGE, this.languages, FacetField.OCCUPATION, this.occupations, FacetField.ACCESSIBILITY,
				this.accessibility, FacetField.FREE_OF_CHARGE, this.freeOfCharge);
	}

}
