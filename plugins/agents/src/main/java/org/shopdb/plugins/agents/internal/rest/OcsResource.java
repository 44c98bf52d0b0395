package org.shopdb.plugins.agents.internal.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.shopdb.api.error.FieldError;
import org.shopdb.plugins.agents.internal.ingest.AgentContact;
import org.shopdb.plugins.agents.internal.ingest.DeviceInventoryIngestion;
import org.shopdb.plugins.agents.internal.ingest.InventoryIngestion;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventoryReader;
import org.shopdb.plugins.agents.internal.inventory.DeviceKind;
import org.shopdb.plugins.agents.internal.inventory.Inventory;
import org.shopdb.plugins.agents.internal.inventory.OcsDevices;
import org.shopdb.plugins.agents.internal.inventory.InventoryReader;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;
import org.shopdb.plugins.agents.internal.protocol.OcsMessage;
import org.shopdb.plugins.agents.internal.protocol.OcsReply;
import org.shopdb.plugins.agents.internal.protocol.OcsXmlReader;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/agents/ocs}: the OCS protocol as the FusionInventory agent speaks it
 * ({@code fusioninventory-agent --server http://host:8181/api/agents/ocs}). A {@code PROLOG}
 * is answered {@code SEND} (take an inventory); an {@code INVENTORY} is stored; an
 * {@code SNMPQUERY} of the NetInventory task stores each network device or printer it carries
 * (its start and end messages carry none and are acknowledged). Bodies come
 * zlib- or gzip-compressed or plain, and the answer is packed the same way.
 */
@Component(service = OcsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(AgentsApplication.SELECT)
@Path("ocs")
public class OcsResource {

    static final String PROTOCOL = "ocs";

    private final AgentRequests requests;
    private final InventoryIngestion ingestion;
    private final DeviceInventoryIngestion devices;
    private final OcsXmlReader xml = new OcsXmlReader();

    @Activate
    public OcsResource(@Reference AgentRequests requests, @Reference InventoryIngestion ingestion,
            @Reference DeviceInventoryIngestion devices) {
        this.requests = requests;
        this.ingestion = ingestion;
        this.devices = devices;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(InputStream body, @Context HttpHeaders headers, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        AgentRequests.Body request = requests.read(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        OcsMessage message = xml.read(request.plain());
        if (message.deviceId() == null || message.deviceId().isBlank()) {
            throw AgentRequestException.invalid("The message names no device", List.of(new FieldError("DEVICEID", "is required")));
        }
        byte[] reply;
        switch (message.query()) {
            case OcsMessage.PROLOG -> {
                ingestion.contact(contact(message, null, http));
                reply = OcsReply.prolog(requests.settings().prologFrequencyHours());
            }
            case OcsMessage.INVENTORY -> {
                Inventory inventory = InventoryReader.read(message.deviceId(), "Computer", false, message.content());
                ingestion.ingest(AgentRequests.actor(security), inventory, contact(message, inventory.agent(), http));
                reply = OcsReply.inventoryAccepted();
            }
            case OcsMessage.SNMPQUERY -> {
                snmpQuery(message, security, http);
                reply = OcsReply.inventoryAccepted();
            }
            default -> throw AgentRequestException.invalid("ShopDB takes the queries PROLOG, INVENTORY and SNMPQUERY, not "
                    + message.query(), List.of(new FieldError("QUERY", "must be PROLOG, INVENTORY or SNMPQUERY")));
        }
        return Response.ok(request.encoding().encode(reply), request.encoding().contentType(MediaType.APPLICATION_XML)).build();
    }

    /** Each device of the message in its own transaction, once all of them are known to be network equipment or printers. */
    private void snmpQuery(OcsMessage message, SecurityContext security, HttpServletRequest http) {
        List<JsonNode> found = OcsDevices.devices(message.content());
        if (found.isEmpty()) {
            ingestion.contact(contact(message, null, http));
            return;
        }
        List<DeviceKind> kinds = new ArrayList<>();
        for (JsonNode device : found) {
            String error = OcsDevices.error(device);
            if (error != null) {
                throw AgentRequestException.invalid("The agent could not read the device: " + error,
                        List.of(new FieldError("CONTENT.DEVICE.ERROR", error)));
            }
            DeviceKind kind = DeviceKind.ofOcsType(OcsDevices.type(device));
            if (kind == null) {
                throw AgentRequestException.invalid("ShopDB maps network devices and printers; a device of type "
                        + OcsDevices.type(device) + " is not taken",
                        List.of(new FieldError("CONTENT.DEVICE.INFO.TYPE", "must be NETWORKING or PRINTER")));
            }
            kinds.add(kind);
        }
        for (int i = 0; i < found.size(); i++) {
            devices.ingest(AgentRequests.actor(security), DeviceInventoryReader.read(message.deviceId(), kinds.get(i),
                    OcsDevices.content(found.get(i))), contact(message, null, http));
        }
    }

    private AgentContact contact(OcsMessage message, String agentVersion, HttpServletRequest http) {
        return new AgentContact(message.deviceId(), PROTOCOL, agentVersion, http == null ? null : http.getRemoteAddr(), requests.now());
    }
}
