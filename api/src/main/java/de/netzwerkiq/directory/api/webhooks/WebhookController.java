package de.netzwerkiq.directory.api.webhooks;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors see how the last webhook deliveries went; never an endpoint's secret. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@QueryMapping
	List<WebhookDelivery> webhookDeliveries(@Argument @Min(value = 1, message = "must be between 1 and 200") @Max(
			value = Webhooks.KEPT, message = "must be between 1 and 200") int last) {
		return this.webhooks.recent(last);
	}

}
