package org.shopdb.plugins.agents.internal.rest;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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
import org.shopdb.plugins.agents.internal.ingest.IngestResult;
import org.shopdb.plugins.agents.internal.ingest.InventoryIngestion;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventory;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventoryReader;
import org.shopdb.plugins.agents.internal.inventory.DeviceKind;
import org.shopdb.plugins.agents.internal.inventory.Inventory;
import org.shopdb.plugins.agents.internal.inventory.InventoryReader;
import org.shopdb.plugins.agents.internal.protocol.AgentRequestException;
import org.shopdb.plugins.agents.internal.protocol.GlpiJsonReader;
import org.shopdb.plugins.agents.internal.protocol.GlpiMessage;

/**
 * {@code POST /api/agents/inventory}: GLPI Agent JSON messages. An inventory (full, or partial
 * with {@code "partial": true}) is validated against the GLPI inventory format schema and
 * stored: a computer into the computers and applications plugins, network equipment into the
 * network plugin, a printer into the printers plugin; a {@code contact} is answered with the
 * inventory task. Answers carry the GLPI
 * protocol's {@code status} and {@code expiration} beside ShopDB's {@code data}.
 */
@Component(service = GlpiInventoryResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(AgentsApplication.SELECT)
@Path("inventory")
@Produces(MediaType.APPLICATION_JSON)
public class GlpiInventoryResource {

    static final String PROTOCOL = "glpi";

    private final AgentRequests requests;
    private final InventoryIngestion ingestion;
    private final DeviceInventoryIngestion devices;
    private final GlpiJsonReader json = new GlpiJsonReader();

    @Activate
    public GlpiInventoryResource(@Reference AgentRequests requests, @Reference InventoryIngestion ingestion,
            @Reference DeviceInventoryIngestion devices) {
        this.requests = requests;
        this.ingestion = ingestion;
        this.devices = devices;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(InputStream body, @Context HttpHeaders headers, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        GlpiMessage message = json.read(requests.read(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE)).plain());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "ok");
        answer.put("expiration", requests.settings().prologFrequencyHours());
        if (GlpiMessage.CONTACT.equals(message.action())) {
            ingestion.contact(contact(message.deviceId(), null, http));
            answer.put("tasks", Map.of("inventory", Map.of()));
            return Response.ok(answer).build();
        }
        if (!GlpiMessage.INVENTORY.equals(message.action()) && !GlpiMessage.NETINVENTORY.equals(message.action())) {
            throw AgentRequestException.invalid("ShopDB takes inventory, netinventory and contact messages, not " + message.action(),
                    List.of(new FieldError("action", "must be inventory, netinventory or contact")));
        }
        DeviceKind kind = DeviceKind.ofItemtype(message.itemtype());
        if (kind != null) {
            DeviceInventory device = DeviceInventoryReader.read(message.deviceId(), kind, message.content());
            answer.put("data", devices.ingest(AgentRequests.actor(security), device, contact(message.deviceId(), device.agent(), http)));
            return Response.ok(answer).build();
        }
        if (!GlpiMessage.COMPUTER.equals(message.itemtype())) {
            throw AgentRequestException.invalid("ShopDB maps Computer, NetworkEquipment and Printer inventories; " + message.itemtype()
                    + " inventories are not taken", List.of(new FieldError("itemtype", "must be Computer, NetworkEquipment or Printer")));
        }
        Inventory inventory = InventoryReader.read(message.deviceId(), message.itemtype(), message.partial(), message.content());
        IngestResult result = ingestion.ingest(AgentRequests.actor(security), inventory, contact(message.deviceId(), inventory.agent(), http));
        answer.put("data", result);
        return Response.ok(answer).build();
    }

    private AgentContact contact(String deviceId, String agentVersion, HttpServletRequest http) {
        return new AgentContact(deviceId, PROTOCOL, agentVersion, http == null ? null : http.getRemoteAddr(), requests.now());
    }
}
