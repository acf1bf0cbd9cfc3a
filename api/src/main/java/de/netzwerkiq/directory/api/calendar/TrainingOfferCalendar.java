package de.netzwerkiq.directory.api.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import jakarta.validation.Validator;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerkiq.directory.api.content.Languages;
import de.netzwerkiq.directory.api.http.PlainTextErrors;
import de.netzwerkiq.directory.api.search.ScopedFilter;
import de.netzwerkiq.directory.api.search.Scopes;
import de.netzwerkiq.directory.api.search.Searches;
import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.content.ContentLanguage;
import de.netzwerkiq.directory.indexer.content.OpeningTimes;
import de.netzwerkiq.directory.indexer.content.Site;
import de.netzwerkiq.directory.indexer.content.TrainingOffer;

/**
 * Upcoming training offers for any search as an iCalendar feed: a plain GET URL a phone
 * calendar can subscribe to. The query parameters are the {@code trainingOffers}
 * arguments and the fields of {@code TrainingOfferFilter} by the same names (lists
 * repeated or comma-separated), read by {@link CalendarParameters}. Offers run on whole
 * days, so events are all-day dates; "upcoming" counts from today in Europe/Berlin, the
 * feed's time zone.
 */
@RestController
@PlainTextErrors
class TrainingOfferCalendar {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	/** A calendar app shows a season of courses, not a database. */
	static final int MAX_EVENTS = 500;

	private final Searches searches;

	private final Validator validator;

	TrainingOfferCalendar(Searches searches, Validator validator) {
		this.searches = searches;
		this.validator = validator;
	}

	@GetMapping(path = "/calendar/training-offers.ics")
	ResponseEntity<String> trainingOffers(@RequestParam MultiValueMap<String, String> parameters) {
		CalendarParameters query = CalendarParameters.read(parameters, this.validator);
		// Offers that have started or have no date are not events to subscribe to.
		ScopedFilter upcoming = Scopes.startingFrom(query.filter(), OpeningTimes.day(Instant.now()));
		List<ContentDocument> offers = this.searches.all(List.of(ContentKind.TRAINING_OFFERS), query.arguments(),
				upcoming, query.language(), MAX_EVENTS);
		ContentLanguage wanted = query.language();
		Calendar calendar = new Calendar().withProdId("-//Netzwerk IQ//IQ Directory//DE")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.withProperty(new Name("IQ Directory: training offers"))
			.withProperty(new XProperty("X-WR-CALNAME", "IQ Directory: training offers"))
			.withProperty(new XProperty("X-WR-TIMEZONE", OpeningTimes.ZONE.getId()))
			.withProperty(new RefreshInterval(null, java.time.Duration.ofHours(12)))
			.getFluentTarget();
		for (ContentDocument document : offers) {
			calendar.add(event((TrainingOffer) document, wanted));
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic())
			.body(calendar.toString());
	}

	private static VEvent event(TrainingOffer offer, ContentLanguage language) {
		LocalDate start = offer.startDate();
		LocalDate end = (offer.endDate() != null && !offer.endDate().isBefore(start)) ? offer.endDate() : start;
		// DTEND of an all-day event is the day after the last one (RFC 5545 3.6.1);
		// ical4j adds DTSTAMP.
		VEvent event = new VEvent(start, end.plusDays(1), text(offer, offer.title(), language));
		event.add(new Uid(offer.id() + "@training-offers.iq-directory"));
		event.add(new LastModified(offer.updatedAt()));
		String summary = text(offer, offer.summary(), language);
		if (summary != null) {
			event.add(new Description(summary));
		}
		event.add(new Location(location(offer)));
		if (offer.contact() != null && offer.contact().website() != null) {
			try {
				event.add(new Url(URI.create(offer.contact().website())));
			}
			catch (IllegalArgumentException ex) {
				// Validation checks URLs; an unparsable one is left out of the feed.
			}
		}
		return event;
	}

	private static String location(TrainingOffer offer) {
		if (offer.venues().isEmpty()) {
			return "Online";
		}
		Site venue = offer.venues().get(0);
		String address = ((venue.address().street() != null) ? venue.address().street() + ", " : "")
				+ venue.address().postalCode() + " " + venue.address().city();
		return (venue.name() != null) ? venue.name() + ", " + address : address;
	}

	private static String text(TrainingOffer offer, Map<String, String> texts, ContentLanguage language) {
		Languages.LocalisedText text = Languages.pick(offer.sourceLanguage(), texts, language);
		return (text != null) ? text.text() : null;
	}

}
