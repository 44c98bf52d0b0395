package org.shopdb.plugins.applications.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.rest.Actors;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.api.rest.RequestBodies;
import org.shopdb.plugins.applications.internal.installations.Installation;
import org.shopdb.plugins.applications.internal.installations.InstallationQuery;
import org.shopdb.plugins.applications.internal.installations.Installations;
import org.shopdb.plugins.applications.internal.installations.Installed;
import org.shopdb.plugins.computers.api.ComputerDirectory;

/**
 * {@code /api/applications/installations}: what is installed where. {@code GET} lists them
 * (filters {@code computerid} or {@code hostname}, {@code applicationid}, {@code version},
 * {@code versionbelow}, {@code versionatleast}; paging; sort {@code assetnumber},
 * {@code computername}, {@code application}, {@code version} (as versions), {@code installdate});
 * {@code POST} records a manual installation ({@code computerid} or {@code hostname},
 * {@code applicationid}, {@code version}, {@code installdate}); {@code PUT {id}} changes its
 * {@code version} and {@code installdate}; {@code DELETE {id}} removes it. Every write audited
 * (entity {@code installation}).
 */
@Component(service = InstallationResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.applications)")
@Path("installations")
@Produces(MediaType.APPLICATION_JSON)
public class InstallationResource {

    private static final Set<String> CREATE_FIELDS = Set.of("computerid", "hostname", "applicationid", "version", "installdate");
    private static final Set<String> CHANGE_FIELDS = Set.of("version", "installdate");
    private static final int VERSION_LENGTH = 255;

    private final Installations installations;
    private final ComputerDirectory computers;

    @Activate
    public InstallationResource(@Reference Installations installations, @Reference ComputerDirectory computers) {
        this.installations = installations;
        this.computers = computers;
    }

    @GET
    public DataEnvelope<List<Map<String, Object>>> list(@Context UriInfo uri) {
        return page(InstallationParameters.read(uri.getQueryParameters(), null, computers), installations);
    }

    @GET
    @Path("{id}")
    public DataEnvelope<Map<String, Object>> get(@PathParam("id") String id) {
        return DataEnvelope.of(installations.require(installationId(id)).toJson());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body, @Context SecurityContext security, @Context UriInfo uri) {
        Map<String, Object> values = known(RequestBodies.required(body), CREATE_FIELDS);
        Checks checks = new Checks();
        Long applicationId = checks.id(values, "applicationid");
        Long computerId = checks.id(values, "computerid");
        Installed installed = checks.installed(values);
        checks.required(applicationId, "applicationid", "is required");
        checks.required(computerId != null ? computerId : values.get("hostname"), "computerid", "is required (or hostname)");
        checks.throwIfAny();
        long computer = computerId != null ? computerId : computers.findComputer(null, null, values.get("hostname").toString())
                .orElseThrow(() -> ValidationException.of("hostname", "no computer has hostname " + values.get("hostname")));
        Installation created = installations.create(Actors.of(security), computer, applicationId, installed);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.installationId())).build();
        return Response.created(location).entity(DataEnvelope.of(created.toJson())).build();
    }

    /** Replaces the version and the install date (omitted: none). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Map<String, Object>> change(@PathParam("id") String id, Map<String, Object> body, @Context SecurityContext security) {
        long installationId = installationId(id);
        Checks checks = new Checks();
        Installed installed = checks.installed(known(RequestBodies.required(body), CHANGE_FIELDS));
        checks.throwIfAny();
        return DataEnvelope.of(installations.change(Actors.of(security), installationId, installed).toJson());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        installations.delete(Actors.of(security), installationId(id));
        return Response.noContent().build();
    }

    /** A page of installations in the API's envelope; none for a query that can match nothing. */
    static DataEnvelope<List<Map<String, Object>>> page(Optional<InstallationQuery> query, Installations installations) {
        return ApplicationResource.envelope(query.map(installations::list)
                .orElseGet(() -> new Page<>(List.of(), 1, org.shopdb.api.paging.PageRequest.DEFAULT_PER_PAGE, 0)));
    }

    private static long installationId(String id) {
        return PathIds.parse(id, Installations.ENTITY);
    }

    /** @throws InvalidRequestException (400) naming fields the route does not take */
    private static Map<String, Object> known(Map<String, Object> body, Set<String> fields) {
        List<FieldError> unknown = body.keySet().stream().filter(field -> !fields.contains(field))
                .map(field -> new FieldError(field, "is not a field of an installation here; its fields are " + fields.stream().sorted().toList()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        return body;
    }

    /**
     * The values of a body, checked: a value of the wrong type makes the request malformed
     * (400), one breaking a rule (missing, too long, no such date) invalid (422), every field named.
     */
    private static final class Checks {

        private final List<FieldError> malformed = new ArrayList<>();
        private final List<FieldError> invalid = new ArrayList<>();

        Installed installed(Map<String, Object> values) {
            Object version = values.get("version");
            if (version != null && !(version instanceof String)) {
                malformed.add(new FieldError("version", "must be text, e.g. \"23.01\""));
                version = null;
            } else if (version != null && version.toString().length() > VERSION_LENGTH) {
                invalid.add(new FieldError("version", "must be at most " + VERSION_LENGTH + " characters"));
            }
            LocalDate installDate = null;
            Object date = values.get("installdate");
            if (date != null && !(date instanceof String)) {
                malformed.add(new FieldError("installdate", "must be a date such as \"2026-01-12\""));
            } else if (date != null) {
                try {
                    installDate = LocalDate.parse(date.toString());
                } catch (DateTimeParseException e) {
                    invalid.add(new FieldError("installdate", "must be a date such as 2026-01-12"));
                }
            }
            return new Installed((String) version, installDate);
        }

        Long id(Map<String, Object> values, String field) {
            Object value = values.get(field);
            if (value == null) {
                return null;
            }
            if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue()) && number.longValue() > 0) {
                return number.longValue();
            }
            malformed.add(new FieldError(field, "must be an id (a positive whole number)"));
            return null;
        }

        void required(Object value, String field, String message) {
            if (value == null && malformed.stream().noneMatch(error -> error.field().equals(field))) {
                invalid.add(new FieldError(field, message));
            }
        }

        void throwIfAny() {
            if (!malformed.isEmpty()) {
                throw new InvalidRequestException(malformed);
            }
            if (!invalid.isEmpty()) {
                throw new ValidationException(invalid);
            }
        }
    }
}
