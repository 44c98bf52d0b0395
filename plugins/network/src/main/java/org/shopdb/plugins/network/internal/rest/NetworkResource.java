package org.shopdb.plugins.network.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.InvalidRequestException;
import org.shopdb.api.family.AssetFamilyResource;
import org.shopdb.api.family.RecordFields;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.rest.DataEnvelope;
import org.shopdb.api.rest.PathIds;
import org.shopdb.api.rest.QueryParameters;
import org.shopdb.plugins.network.internal.Closets;
import org.shopdb.plugins.network.internal.NetworkDeviceFamily;
import org.shopdb.plugins.network.internal.NetworkDeviceFields;
import org.shopdb.plugins.network.internal.NetworkDeviceStore;
import org.shopdb.plugins.network.internal.port.NetworkPort;
import org.shopdb.plugins.network.internal.port.PortFilter;
import org.shopdb.plugins.network.internal.port.PortLocation;
import org.shopdb.plugins.network.internal.port.PortQueries;

/**
 * {@code /api/network}: the devices (list with filters {@code devicekind}, {@code vendor},
 * {@code model}, {@code firmware}, {@code closetid}, {@code notseensince} besides the common ones;
 * detail, create, replace, delete), each device's children ({@code GET {id}/ports} with filters
 * {@code linked}, {@code vlan}, {@code status}; {@code GET {id}/vlans}), and
 * {@code GET ports?mac=…} (or {@code ?linkedassetid=…}): where a MAC address (or an asset) is
 * plugged in. One resource, so that the plugin's application is built once when it goes live
 * rather than again for every resource that joins it.
 */
@Component(service = NetworkResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=shopdb.network)")
@Path("")
public class NetworkResource extends AssetFamilyResource<NetworkDeviceFields> {

    static final Set<String> PORT_STATUSES = Set.of("up", "down", "disabled", "gone");

    private final PortQueries ports;
    private final Closets closets;

    @Activate
    public NetworkResource(@Reference NetworkDeviceStore devices, @Reference PortQueries ports) {
        super(devices.store());
        this.ports = ports;
        this.closets = new Closets(devices.store());
    }

    /** As the family's, once {@code closetid} is known to name a wiring closet. */
    @Override
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body, @Context SecurityContext security, @Context UriInfo uri) {
        closets.requireCloset(body == null ? null : body.get("closetid"));
        return super.create(body, security, uri);
    }

    /** As the family's, once {@code closetid} is known to name a wiring closet. */
    @Override
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataEnvelope<Map<String, Object>> replace(@PathParam("id") String id, Map<String, Object> body, @Context SecurityContext security) {
        closets.requireCloset(body == null ? null : body.get("closetid"));
        return super.replace(id, body, security);
    }

    @GET
    @Path("{id}/ports")
    public DataEnvelope<List<Map<String, Object>>> ports(@PathParam("id") String id, @Context UriInfo uri) {
        long device = requireDevice(id);
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        Boolean linked = parameters.bool("linked");
        Long vlan = parameters.id("vlan");
        String status = parameters.text("status");
        PageRequest page = parameters.page();
        if (status != null && !PORT_STATUSES.contains(status)) {
            throw new InvalidRequestException(List.of(new FieldError("status", "must be one of " + PORT_STATUSES.stream().sorted().toList())));
        }
        if (vlan != null && (vlan < 1 || vlan > 4094)) {
            throw new InvalidRequestException(List.of(new FieldError("vlan", "must be a VLAN id from 1 to 4094")));
        }
        Page<NetworkPort> found = ports.ofDevice(device, new PortFilter(linked, vlan == null ? null : vlan.intValue(), status), page);
        return DataEnvelope.of(new Page<>(found.items().stream().map(NetworkPort::toJson).toList(), found.page(), found.perPage(), found.total()));
    }

    @GET
    @Path("{id}/vlans")
    public DataEnvelope<List<Map<String, Object>>> vlans(@PathParam("id") String id) {
        return DataEnvelope.of(ports.vlansOf(requireDevice(id)).stream().map(RecordFields::byName).toList());
    }

    /**
     * The ports a MAC was learned on (or an asset is linked to), each with its device: ports
     * currently reported first, then gone ones (where it was), the latest seen first.
     */
    @GET
    @Path("ports")
    public DataEnvelope<List<Map<String, Object>>> whereIsItPluggedIn(@Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        String mac = parameters.text("mac");
        Long asset = parameters.id("linkedassetid");
        PageRequest page = parameters.page();
        if ((mac == null) == (asset == null)) {
            throw new InvalidRequestException(List.of(new FieldError("mac", "give exactly one of mac (a MAC address) or linkedassetid")));
        }
        List<PortLocation> found;
        if (mac != null) {
            String normalised = NetworkIdentifiers.mac(mac);
            if (normalised == null) {
                throw new InvalidRequestException(List.of(new FieldError("mac", "is not a MAC address (12 hex digits, any of : - . as separators)")));
            }
            found = ports.withMac(normalised);
        } else {
            found = ports.linkedTo(asset);
        }
        List<Map<String, Object>> onPage = found.stream().skip(page.offset()).limit(page.perPage()).map(PortLocation::toJson).toList();
        return DataEnvelope.of(new Page<>(onPage, page.page(), page.perPage(), found.size()));
    }

    /** @throws org.shopdb.api.error.NotFoundException for an id of no network device */
    private long requireDevice(String id) {
        return store().require(PathIds.parse(id, NetworkDeviceFamily.TYPE_CODE)).assetId();
    }
}
