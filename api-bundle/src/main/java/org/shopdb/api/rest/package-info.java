/**
 * Helpers for plugin REST resources, so that every plugin speaks the HTTP API the way the
 * core does (docs/API.md) without copying it: the success envelope, list query parameters
 * with paging, ids in paths, required bodies, and the acting user for the audit trail.
 *
 * <pre>
 * &#64;GET
 * public DataEnvelope&lt;List&lt;Widget&gt;&gt; list(&#64;Context UriInfo uri) {
 *     QueryParameters query = new QueryParameters(uri.getQueryParameters());
 *     return DataEnvelope.of(widgets.list(query.text("model"), query.page()));
 * }
 *
 * &#64;DELETE &#64;Path("{id}")
 * public Response delete(&#64;PathParam("id") String id, &#64;Context SecurityContext security) {
 *     widgets.delete(Actors.of(security), PathIds.parse(id, "Widget"));
 *     return Response.noContent().build();
 * }
 * </pre>
 *
 * Failures are the {@code org.shopdb.api.error} exceptions, which the core's exception mappers
 * turn into the error envelope for every application, the plugins' included.
 */
@Export
@Version("1.0.0")
package org.shopdb.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
