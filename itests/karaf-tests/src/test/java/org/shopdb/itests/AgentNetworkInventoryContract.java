package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.AgentPayloads.gzip;
import static org.shopdb.itests.AgentPayloads.unzlib;
import static org.shopdb.itests.AgentPayloads.zlib;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Network device and printer inventories of the agents, on the running distribution with the
 * agents, network and printers features installed live: the FusionInventory NetInventory task's
 * {@code SNMPQUERY} (XML, zlib- or gzip-packed as the agent packs it) and the GLPI Agent's
 * netinventory JSON land as a switch with its ports, VLANs and neighbours and as printers with
 * their supplies, and a repeated inventory changes nothing. Each subclass boots it on one database.
 */
public abstract class AgentNetworkInventoryContract {

    /** System property inside the container: plugins/agents/src/test/resources/inventories (set by the subclasses' configuration). */
    static final String INVENTORIES = "shopdb.agents.inventories";

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String agentsKey;

    /** The test inventories as the test driver sees them: itests/karaf-tests is the working directory of failsafe. */
    static String inventoriesPath() {
        return Path.of("../../plugins/agents/src/test/resources/inventories").toAbsolutePath().normalize().toString();
    }

    @Before
    public void agentsNetworkAndPrintersInstalledLive() throws Exception {
        admin.awaitStatus("/api/health", 200, BOOT);
        String installed = new KarafShell(context).execute("feature:list -i");
        for (String feature : new String[] {"shopdb-agents", "shopdb-network", "shopdb-printers"}) {
            if (!installed.contains(feature)) {
                new KarafShell(context).execute("feature:install " + feature);
            }
        }
        admin.awaitStatus("/api/agents", 200, LIVE);
        admin.awaitStatus("/api/network", 200, LIVE);
        admin.awaitStatus("/api/printers", 200, LIVE);
        if (agentsKey == null) {
            Http.Reply created = admin.post("/api/apikeys", "{\"name\":\"netscan-" + System.nanoTime() + "\",\"collectors\":[\"agents\"]}");
            assertEquals(created.toString(), 201, created.status());
            agentsKey = created.json().path("data").path("key").asText();
        }
    }

    private static byte[] docsExample(String name) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty(ShopdbDistribution.DOCS_EXAMPLES), name));
    }

    private static byte[] testInventory(String name) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty(INVENTORIES), name));
    }

    private HttpResponse<byte[]> post(String path, byte[] body, String contentType) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("netscan:" + agentsKey).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT) + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** As the FusionInventory agent posts it: zlib-packed, answered zlib-packed. */
    private String postOcsZlib(byte[] xml) throws Exception {
        HttpResponse<byte[]> answer = post("/api/agents/ocs", zlib(xml), "application/x-compress-zlib");
        assertEquals(new String(answer.body(), StandardCharsets.UTF_8), 200, answer.statusCode());
        String reply = unzlib(answer.body());
        assertTrue(reply, reply.contains("<REPLY>") && reply.contains("no_account_update"));
        return reply;
    }

    private JsonNode postGlpi(byte[] json) throws Exception {
        HttpResponse<byte[]> answer = post("/api/agents/inventory", json, "application/json");
        assertEquals(new String(answer.body(), StandardCharsets.UTF_8), 200, answer.statusCode());
        return JSON.readTree(answer.body());
    }

    /** The one device or printer a collection lists for a search (its serial number). */
    private JsonNode only(String collection, String serial) throws Exception {
        JsonNode found = admin.get(collection + "?q=" + serial).json();
        assertEquals(found.toString(), 1, found.path("meta").path("total").asInt());
        return found.path("data").get(0);
    }

    private JsonNode port(JsonNode ports, String name) {
        for (JsonNode port : ports) {
            if (name.equals(port.path("portname").asText())) {
                return port;
            }
        }
        throw new AssertionError("no port " + name + " in " + ports);
    }

    /** The ports without {@code lastseen}, which every report moves. */
    private JsonNode portsAsReported(long device) throws Exception {
        ArrayNode ports = (ArrayNode) admin.get("/api/network/" + device + "/ports?per_page=500").json().path("data");
        ports.forEach(port -> ((ObjectNode) port).remove("lastseen"));
        return ports;
    }

    private int auditRows(String entityType) throws Exception {
        return admin.get("/api/audit?entitytype=" + entityType + "&per_page=1").json().path("meta").path("total").asInt();
    }

    private JsonNode agent(String deviceId) throws Exception {
        return AgentsSeen.byDeviceId(admin, deviceId);
    }

    @Test
    public void theFusionInventorySwitchLandsWithItsPortsVlansAndUplinkAndARepeatChangesNothing() throws Exception {
        byte[] xml = docsExample("agents-netinventory-switch.xml");
        postOcsZlib(xml);

        JsonNode sw = only("/api/network", "FOC2140X0AB");
        long id = sw.path("assetid").asLong();
        assertEquals("switch", sw.path("devicekind").asText());
        assertEquals("10.20.0.11", sw.path("ipaddress").asText());
        assertEquals("00:A3:D1:5E:20:11", sw.path("macaddress").asText());
        assertEquals("sw-hall2-03", sw.path("hostname").asText());
        assertEquals("Cisco", sw.path("vendor").asText());
        assertEquals("C9200-48P", sw.path("model").asText());
        assertEquals("17.9.4a", sw.path("firmware").asText());

        JsonNode ports = portsAsReported(id);
        assertEquals(ports.toString(), 7, ports.size());
        JsonNode cnc = port(ports, "Gi1/0/1");
        assertEquals("AA:BB:CC:00:00:42", cnc.path("connectedmac").asText());
        assertEquals("CNC 42 controller PC", cnc.path("description").asText());
        assertEquals(20, cnc.path("vlanid").asInt());
        assertEquals(1000, cnc.path("speedmbps").asInt());
        assertEquals("up", cnc.path("status").asText());
        assertEquals("disabled", port(ports, "Gi1/0/5").path("status").asText());
        JsonNode uplink = port(ports, "Te1/1/1");
        assertEquals("sw-core-01", uplink.path("neighbourname").asText());
        assertEquals("TenGigabitEthernet1/0/3", uplink.path("neighbourport").asText());
        assertEquals(10000, uplink.path("speedmbps").asInt());
        JsonNode vlans = admin.get("/api/network/" + id + "/vlans").json().path("data");
        assertEquals(vlans.toString(), 2, vlans.size());
        assertEquals("shopfloor", vlans.get(0).path("name").asText());

        JsonNode where = admin.get("/api/network/ports?mac=aabb.cc00.0042").json().path("data");
        assertEquals("where the CNC PC is plugged in", "sw-hall2-03", where.get(0).path("devicename").asText());

        JsonNode reporter = agent("pc-netscan-01-2026-11-20-06-12-00");
        assertNotNull(reporter);
        assertEquals("created", reporter.path("lastresult").asText());

        int portAudits = auditRows("networkport");
        String deviceBefore = admin.get("/api/network/" + id).json().path("data").toString();
        postOcsZlib(xml);
        assertEquals("the repeat is one more inventory of the agent, and changed nothing", "unchanged",
                agent("pc-netscan-01-2026-11-20-06-12-00").path("lastresult").asText());
        assertEquals(reporter.path("inventories").asLong() + 1, agent("pc-netscan-01-2026-11-20-06-12-00").path("inventories").asLong());
        assertEquals(ports, portsAsReported(id));
        assertEquals(portAudits, auditRows("networkport"));
        JsonNode deviceAfter = admin.get("/api/network/" + id).json().path("data");
        ((ObjectNode) deviceAfter).remove("lastseen");
        ObjectNode before = (ObjectNode) JSON.readTree(deviceBefore);
        before.remove("lastseen");
        assertEquals(before, deviceAfter);
        assertEquals("no second device", 1, admin.get("/api/network?q=FOC2140X0AB").json().path("meta").path("total").asInt());
    }

    @Test
    public void theGlpiAgentSwitchLandsAndARepeatIsUnchanged() throws Exception {
        JsonNode first = postGlpi(testInventory("glpi-networkequipment.json"));
        assertEquals(first.toString(), "ok", first.path("status").asText());
        assertEquals("network", first.path("data").path("collector").asText());
        assertEquals("created", first.path("data").path("result").asText());
        assertEquals(5, first.path("data").path("ports").asInt());
        long id = first.path("data").path("assetid").asLong();
        JsonNode ports = portsAsReported(id);
        assertEquals(5, ports.size());
        assertEquals("00:1B:1B:40:04:02", port(ports, "2").path("connectedmac").asText());
        assertEquals("sw-core-01", port(ports, "10").path("neighbourname").asText());

        JsonNode again = postGlpi(testInventory("glpi-networkequipment.json"));
        assertEquals("unchanged", again.path("data").path("result").asText());
        assertEquals(id, again.path("data").path("assetid").asLong());
        assertEquals(ports, portsAsReported(id));
    }

    @Test
    public void theGlpiAgentPrinterLandsWithItsSuppliesAndARepeatChangesNothing() throws Exception {
        byte[] json = docsExample("agents-netinventory-printer.json");
        JsonNode first = postGlpi(json);
        assertEquals(first.toString(), "printers", first.path("data").path("collector").asText());
        assertEquals("created", first.path("data").path("result").asText());
        assertEquals(6, first.path("data").path("supplies").asInt());

        JsonNode printer = only("/api/printers", "W8L3Z01234");
        long id = printer.path("assetid").asLong();
        assertEquals("10.20.1.40", printer.path("ipaddress").asText());
        assertEquals("00:C0:EE:5A:01:40", printer.path("macaddress").asText());
        assertEquals("Kyocera", printer.path("vendor").asText());
        assertEquals("TASKalfa 3253ci", printer.path("model").asText());
        assertEquals(231007, printer.path("pagecount").asLong());
        assertEquals(true, printer.path("colour").asBoolean());
        JsonNode supplies = admin.get("/api/printers/" + id + "/supplies").json().path("data");
        assertEquals(supplies.toString(), 6, supplies.size());
        assertEquals("toner", supplies.get(0).path("supplykind").asText());
        assertEquals("black", supplies.get(0).path("colour").asText());
        assertEquals(71, supplies.get(0).path("levelpercent").asInt());
        assertEquals("waste", supplies.get(4).path("supplykind").asText());
        assertTrue("a level the printer does not know stays unknown", supplies.get(4).path("levelpercent").isMissingNode());

        int supplyAudits = auditRows("printersupply");
        String before = admin.get("/api/printers/" + id).json().path("data").path("version").asText();
        JsonNode again = postGlpi(json);
        assertEquals("unchanged", again.path("data").path("result").asText());
        assertEquals(supplyAudits, auditRows("printersupply"));
        assertEquals(before, admin.get("/api/printers/" + id).json().path("data").path("version").asText());
        assertEquals(6, admin.get("/api/printers/" + id + "/supplies").json().path("data").size());
    }

    @Test
    public void theFusionInventoryPrinterGzipPackedLandsWithItsSupplies() throws Exception {
        byte[] xml = testInventory("fusioninventory-netinventory-printer.xml");
        HttpResponse<byte[]> answer = post("/api/agents/ocs", gzip(xml), "application/x-compress-gzip");
        assertEquals(new String(answer.body(), StandardCharsets.UTF_8), 200, answer.statusCode());
        assertEquals("application/x-compress-gzip", answer.headers().firstValue("Content-Type").orElse(""));

        JsonNode printer = only("/api/printers", "VNB3K41234");
        assertEquals("10.20.1.16", printer.path("ipaddress").asText());
        assertEquals(48213, printer.path("pagecount").asLong());
        JsonNode supplies = admin.get("/api/printers/" + printer.path("assetid").asLong() + "/supplies").json().path("data");
        assertEquals(supplies.toString(), 7, supplies.size());
        assertTrue(supplies.toString(), supplies.toString().contains("\"description\":\"TONERCYAN\"") && supplies.toString().contains("\"levelpercent\":7"));

        assertEquals(200, post("/api/agents/ocs", gzip(xml), "application/x-compress-gzip").statusCode());
        assertEquals("no second printer", 1, admin.get("/api/printers?q=VNB3K41234").json().path("meta").path("total").asInt());
    }

    /** Debian's fusioninventory-netinventory reads the printer's SNMP walk; its own injector posts the result with the key in the URL. */
    @Test
    public void theRealNetInventoryTaskAndInjectorFeedShopdb() throws Exception {
        AgentTools.require("fusioninventory-netinventory", "fusioninventory-injector");
        Process task = new ProcessBuilder("fusioninventory-netinventory", "--file",
                Path.of(System.getProperty(INVENTORIES), "snmpwalk", "hp-m479fdw-prn-office-3.walk").toString(), "--host", "10.20.1.16").start();
        byte[] xml;
        try (java.io.InputStream out = task.getInputStream()) {
            xml = out.readAllBytes();
        }
        assertTrue("the task finished", task.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(new String(xml, StandardCharsets.UTF_8), new String(xml, StandardCharsets.UTF_8).contains("<QUERY>SNMPQUERY</QUERY>"));

        String url = "http://netscan:" + agentsKey + "@127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT) + "/api/agents/ocs";
        Process injector = new ProcessBuilder("fusioninventory-injector", "--stdin", "--verbose", "--url", url).redirectErrorStream(true).start();
        try (java.io.OutputStream in = injector.getOutputStream()) {
            in.write(xml);
        }
        String said;
        try (java.io.InputStream out = injector.getInputStream()) {
            said = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue("the injector finished", injector.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue("the injector reports success: " + said, said.contains("OK") && !said.contains("ERROR"));

        JsonNode printer = only("/api/printers", "VNB3K41234");
        assertEquals("HP Color LaserJet MFP M479fdw", printer.path("model").asText());
        assertEquals(48213, printer.path("pagecount").asLong());
        assertEquals(7, admin.get("/api/printers/" + printer.path("assetid").asLong() + "/supplies").json().path("data").size());
    }

    @Test
    public void otherDeviceKindsAreRefusedNamingWhatIsTaken() throws Exception {
        String phone = "{\"action\":\"netinventory\",\"deviceid\":\"glpi-netscan-02\",\"itemtype\":\"Phone\","
                + "\"content\":{\"versionclient\":\"GLPI-Agent_v1.11\",\"network_device\":{\"type\":\"Phone\",\"ips\":[\"10.9.9.9\"]}}}";
        HttpResponse<byte[]> refused = post("/api/agents/inventory", phone.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(422, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("must be Computer, NetworkEquipment or Printer"));
        String storage = "<REQUEST><CONTENT><DEVICE><INFO><TYPE>STORAGE</TYPE><IPS><IP>10.9.9.8</IP></IPS></INFO></DEVICE>"
                + "<MODULEVERSION>4.2</MODULEVERSION><PROCESSNUMBER>1</PROCESSNUMBER></CONTENT><DEVICEID>pc-netscan-09</DEVICEID>"
                + "<QUERY>SNMPQUERY</QUERY></REQUEST>";
        HttpResponse<byte[]> notOurs = post("/api/agents/ocs", storage.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertEquals(422, notOurs.statusCode());
        assertTrue(new String(notOurs.body(), StandardCharsets.UTF_8).contains("NETWORKING or PRINTER"));
    }
}
