/**
 * Search: the GraphQL search queries, their arguments and results, and the plain
 * description of a search ({@link de.netzwerkiq.directory.api.search.SearchSpec}) that
 * {@code search.engine}, the only package that speaks Elasticsearch, turns into one
 * request.
 *
 * <p>
 * Where to change things:
 * <ul>
 * <li>The title boost, and how much any field or matched occupation counts, is in
 * {@code engine.TextQueries}.</li>
 * <li>The distance sort, with the radius and viewport filters and the map clusters of the
 * same area, is in {@code engine.GeoQueries}.</li>
 * <li>A filter's query is written as plain
 * {@link de.netzwerkiq.directory.api.search.Constraint}s in its input record
 * ({@code TrainingOfferFilter#constraints}), and every constraint is translated into
 * Elasticsearch's terms in {@code engine.ConstraintQueries}.</li>
 * </ul>
 *
 * <p>
 * A request flows: controller (binds
 * {@link de.netzwerkiq.directory.api.search.SearchArguments}, checked by their
 * constraints) → {@link de.netzwerkiq.directory.api.search.Searches} (resolves places,
 * filters and defaults into a {@code SearchSpec}) → {@code engine.ContentSearch} (paging,
 * cursors, point-in-time) → {@code engine.SearchRequests} (the request) and
 * {@code engine.SearchResults} (the connection).
 */
package de.netzwerkiq.directory.api.search;
