package de.netzwerkiq.directory.api.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.source.ContentSource;

/**
 * The bundled sample records as plain JSON, read straight from the source files, so tests
 * can compute expected counts and distances without any of the code under test.
 */
public final class SampleRecords {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SampleRecords() {
	}

	public static List<JsonNode> of(ContentKind kind) {
		List<JsonNode> records = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(ContentSource.sample(kind).open(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					records.add(JSON.readTree(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return records;
	}

	/** Text values of an array field; empty when it is missing. */
	public static Set<String> values(JsonNode record, String field) {
		Set<String> values = new LinkedHashSet<>();
		record.path(field).forEach((value) -> values.add(value.asText()));
		return values;
	}

	/** The record's offices or venues. */
	public static List<JsonNode> sites(JsonNode record) {
		List<JsonNode> sites = new ArrayList<>();
		record.path("offices").forEach(sites::add);
		record.path("venues").forEach(sites::add);
		return sites;
	}

	/** Every state a record covers: those it names and those of its sites. */
	public static Set<String> states(JsonNode record) {
		Set<String> states = values(record, "federalStates");
		sites(record).forEach((site) -> states.add(site.at("/address/federalState").asText()));
		return states;
	}

	/** Haversine on Elasticsearch's mean Earth radius, written out here independently. */
	public static double metres(double lat1, double lon1, double lat2, double lon2) {
		double r = 6_371_008.7714;
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
		return 2 * r * Math.asin(Math.sqrt(h));
	}

	/** Metres from a point to a record's nearest site; infinite when it has none. */
	public static double nearestSiteMetres(JsonNode record, double lat, double lon) {
		return sites(record).stream()
			.mapToDouble((site) -> metres(lat, lon, site.at("/location/lat").asDouble(),
					site.at("/location/lon").asDouble()))
			.min()
			.orElse(Double.POSITIVE_INFINITY);
	}

}
