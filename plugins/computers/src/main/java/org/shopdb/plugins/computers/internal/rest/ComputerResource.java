package org.shopdb.plugins.computers.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.shopdb.api.asset.Asset;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.family.AssetFamilyResource;
import org.shopdb.api.rest.Actors;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.api.rest.RequestBodies;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.computers.internal.ComputerFamily;
import org.shopdb.plugins.computers.internal.ComputerFields;
import org.shopdb.plugins.computers.internal.ComputerKeys;
import org.shopdb.plugins.computers.internal.ComputerStore;
import org.shopdb.plugins.computers.internal.ControlledMachines;

/**
 * {@code /api/computers}: list (filters {@code hostname}, {@code role}, {@code osname},
 * {@code osversion}, {@code domain}, {@code manufacturer}, {@code model}, {@code lastuser},
 * {@code notinventoriedsince} besides the common ones), detail, create, replace, delete; and
 * {@code /api/computers/{id}/controls}, the machines a PC controls. Hostnames and hardware
 * UUIDs are stored in one spelling whatever the client sends ({@link ComputerKeys}). Served by
 * the plugin's own JAX-RS application, which the core registers while the plugin is active.
 */
@Component(service = ComputerResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.computers)")
@Path("")
public class ComputerResource extends AssetFamilyResource<ComputerFields> {

    private static final String CONTROLS = "controls";

    private final ControlledMachines machines;
    private final UnitOfWork unitOfWork;

    @Activate
    public ComputerResource(@Reference ComputerStore computers, @Reference ControlledMachines machines, @Reference UnitOfWork unitOfWork) {
        super(computers.store());
        this.machines = machines;
        this.unitOfWork = unitOfWork;
    }

    @Override
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body, @Context SecurityContext security, @Context UriInfo uri) {
        return super.create(ComputerKeys.normalised(RequestBodies.required(body)), security, uri);
    }

    @Override
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Map<String, Object>> replace(@PathParam("id") String id, Map<String, Object> body, @Context SecurityContext security) {
        return super.replace(id, ComputerKeys.normalised(RequestBodies.required(body)), security);
    }

    /** {@code GET /api/computers/{id}/controls}: the machines the PC controls ({@code assetid}, {@code assetnumber}, {@code name}, {@code assettype}). */
    @GET
    @Path("{id}/controls")
    public DataEnvelope<List<Map<String, Object>>> controls(@PathParam("id") String id) {
        long computerId = store().require(PathIds.parse(id, ComputerFamily.INSTANCE.entityName())).assetId();
        return DataEnvelope.of(machines.of(computerId).stream().map(ComputerResource::machine).toList());
    }

    /**
     * {@code PUT /api/computers/{id}/controls} with {@code {"controls": ["M-0012", …]}}: the PC
     * controls exactly these machines (asset numbers) from now on; links are made and removed
     * through the core's relationships, each audited. Answers the machines as {@code GET} does.
     */
    @PUT
    @Path("{id}/controls")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<List<Map<String, Object>>> replaceControls(@PathParam("id") String id, Map<String, Object> body,
            @Context SecurityContext security) {
        long computerId = store().require(PathIds.parse(id, ComputerFamily.INSTANCE.entityName())).assetId();
        if (!(RequestBodies.required(body).get(CONTROLS) instanceof List<?> numbers) || body.size() != 1) {
            throw new InvalidRequestException(List.of(new FieldError(CONTROLS,
                    "send {\"controls\": [asset numbers]}: the full list of the machines the computer controls, [] for none")));
        }
        unitOfWork.required(() -> machines.replace(Actors.of(security), computerId, CONTROLS, numbers));
        return controls(id);
    }

    private static Map<String, Object> machine(Asset asset) {
        return Map.of("assetid", asset.assetId(), "assetnumber", asset.assetNumber(), "name", asset.name(), "assettype", asset.assetTypeCode());
    }
}
