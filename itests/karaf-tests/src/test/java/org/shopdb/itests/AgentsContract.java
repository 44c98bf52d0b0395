package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inventory agents plugin on the running distribution, installed live: how agents
 * authenticate (an API key with the {@code agents} scope, as the password of HTTP Basic after
 * a {@code Basic} challenge, as the FusionInventory agent does it), the OCS prolog exchange
 * with zlib bodies both ways, bad payloads refused with the status that says why, the
 * operator's view at {@code /api/agents}, and Debian's real {@code fusioninventory-agent}
 * completing its prolog against the server. Each subclass boots it on one database.
 *
 * <p>Until the computers and applications plugins are part of the distribution an inventory
 * is answered {@code 503} and counted as failed with the reason; see docs/AGENTS.md.
 */
public abstract class AgentsContract {

    private static final String FEATURE = "shopdb-agents";
    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final String OCS = "/api/agents/ocs";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <DEVICEID>%s</DEVICEID>\n"
            + "  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n";

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String agentsKey;
    private static String camerasKey;

    @Before
    public void agentsInstalledLive() throws Exception {
        admin.awaitStatus("/api/health", 200, BOOT);
        if (!new KarafShell(context).execute("feature:list -i").contains(FEATURE)) {
            new KarafShell(context).execute("feature:install " + FEATURE);
        }
        admin.awaitStatus("/api/agents", 200, LIVE);
        if (agentsKey == null) {
            agentsKey = key("fusion-agents-" + System.nanoTime(), "agents");
            camerasKey = key("cameras-only-" + System.nanoTime(), "cameras");
        }
    }

    private String key(String name, String scope) throws Exception {
        Http.Reply created = admin.post("/api/apikeys", "{\"name\":\"" + name + "\",\"collectors\":[\"" + scope + "\"]}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("data").path("key").asText();
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("agent:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> post(String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT) + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> postWithKey(String path, byte[] body, String contentType) throws Exception {
        return post(path, body, Map.of("Authorization", basic(agentsKey), "Content-Type", contentType));
    }

    private static byte[] zlib(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static String unzlib(byte[] packed) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(packed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                throw new AssertionError("the answer is not whole zlib data");
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private JsonNode agent(String deviceId) throws Exception {
        for (JsonNode agent : admin.get("/api/agents?per_page=500").json().path("data")) {
            if (deviceId.equals(agent.path("deviceid").asText())) {
                return agent;
            }
        }
        return null;
    }

    @Test
    public void anAgentWithoutCredentialsIsChallengedForBasic() throws Exception {
        HttpResponse<byte[]> anonymous = post(OCS, zlib(String.format(PROLOG, "anonymous-1")), Map.of("Content-Type", "application/x-compress-zlib"));
        assertEquals(401, anonymous.statusCode());
        assertEquals("the FusionInventory agent reads the realm from the only challenge", List.of("Basic realm=\"shopdb\""),
                anonymous.headers().allValues("WWW-Authenticate"));
        assertEquals(401, post(OCS, zlib(String.format(PROLOG, "wrong-1")), Map.of("Authorization", basic("shopdb_wrong"))).statusCode());
        HttpResponse<byte[]> outOfScope = post(OCS, zlib(String.format(PROLOG, "scope-1")), Map.of("Authorization", basic(camerasKey)));
        assertEquals(401, outOfScope.statusCode());
        assertTrue(text(outOfScope), text(outOfScope).contains("scope lacks agents"));
        assertEquals("Basic is for the agent routes only", 401,
                Http.anonymous().send("GET", "/api/agents", null, Map.of("Authorization", basic(agentsKey))).status());
        assertEquals("an agent key reads nothing", 401,
                Http.anonymous().send("GET", "/api/agents", null, Map.of("X-API-Key", agentsKey)).status());
        assertEquals("refused requests leave no agent behind", null, agent("anonymous-1"));
    }

    @Test
    public void thePrologIsAnsweredSendPackedAsTheAgentPackedIt() throws Exception {
        String device = "prolog-" + System.nanoTime();
        HttpResponse<byte[]> zlib = postWithKey(OCS, zlib(String.format(PROLOG, device)), "application/x-compress-zlib");
        assertEquals(text(zlib), 200, zlib.statusCode());
        assertEquals("application/x-compress-zlib", zlib.headers().firstValue("Content-Type").orElse(""));
        String reply = unzlib(zlib.body());
        assertTrue(reply, reply.contains("<REPLY>") && reply.contains("<RESPONSE>SEND</RESPONSE>") && reply.contains("<PROLOG_FREQ>24</PROLOG_FREQ>"));

        HttpResponse<byte[]> plain = post(OCS, String.format(PROLOG, device).getBytes(StandardCharsets.UTF_8),
                Map.of("X-API-Key", agentsKey, "Content-Type", "application/xml"));
        assertEquals(200, plain.statusCode());
        assertTrue(text(plain).startsWith("<?xml"));

        JsonNode agent = agent(device);
        assertNotNull("the prolog is in the operator's view", agent);
        assertEquals("ocs", agent.path("protocol").asText());
        assertEquals("contacted", agent.path("lastresult").asText());
        assertEquals(0, agent.path("inventories").asLong());
    }

    @Test
    public void badPayloadsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        String device = "bad-" + System.nanoTime();
        HttpResponse<byte[]> wronglyPacked = postWithKey(OCS, String.format(PROLOG, device).getBytes(StandardCharsets.UTF_8), "application/x-compress-zlib");
        assertEquals(415, wronglyPacked.statusCode());
        assertTrue(text(wronglyPacked), text(wronglyPacked).contains("not zlib data"));

        byte[] packed = zlib(String.format(PROLOG, device));
        HttpResponse<byte[]> truncated = postWithKey(OCS, java.util.Arrays.copyOf(packed, packed.length / 2), "application/x-compress-zlib");
        assertEquals(400, truncated.statusCode());
        assertTrue(text(truncated), text(truncated).contains("truncated"));

        HttpResponse<byte[]> malformed = postWithKey(OCS, zlib("<REQUEST><QUERY>PROLOG</QUERY><DEVICEID>" + device + "</REQUEST>"), "application/x-compress-zlib");
        assertEquals(400, malformed.statusCode());
        assertTrue(text(malformed), text(malformed).contains("malformed at line 1"));

        HttpResponse<byte[]> oversized = postWithKey(OCS, new byte[2 * 1024 * 1024], "application/xml");
        assertEquals(413, oversized.statusCode());

        HttpResponse<byte[]> invalid = postWithKey("/api/agents/inventory",
                "{\"action\":\"inventory\",\"deviceid\":\"x\",\"content\":{\"hardware\":{\"memory\":\"lots\"}}}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(422, invalid.statusCode());
        JsonNode details = new com.fasterxml.jackson.databind.ObjectMapper().readTree(invalid.body()).path("error").path("details");
        assertTrue(details.toString(), details.toString().contains("content.hardware.memory") && details.toString().contains("content.versionclient"));
        assertEquals("nothing of the refused requests was recorded", null, agent(device));
    }

    @Test
    public void theRealFusionInventoryAgentTalksToShopdb() throws Exception {
        String server = "http://127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT) + OCS;
        Process agent = new ProcessBuilder("fusioninventory-agent", "--server", server, "--user", "agent", "--password", agentsKey,
                "--force", "--no-category", "process,environment",
                "--logger", "stderr", "--debug").redirectErrorStream(true).start();
        String output;
        try (InputStream in = agent.getInputStream()) {
            assertTrue("the agent finished within 3 minutes", agent.waitFor(180, TimeUnit.SECONDS));
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int prolog = output.indexOf("sending prolog request");
        int task = output.indexOf("running task Inventory");
        assertTrue("the prolog was answered, after the Basic challenge, and the agent went on to its inventory: " + output,
                prolog >= 0 && task > prolog && output.substring(prolog, task).contains("submitting credentials")
                        && !output.substring(prolog, task).contains("[error]"));
        String deviceId = null;
        for (JsonNode seen : admin.get("/api/agents?per_page=500").json().path("data")) {
            if ("ocs".equals(seen.path("protocol").asText()) && seen.path("agentversion").asText().startsWith("FusionInventory-Agent")) {
                deviceId = seen.path("deviceid").asText();
            }
        }
        assertNotNull("the agent's inventory reached ShopDB: " + output, deviceId);
        JsonNode seen = agent(deviceId);
        if (seen.path("lastresult").asText().equals("failed")) {
            // The agent logs any failure of a request it repeated with credentials as "wrong credentials"
            assertTrue("without the computers plugin the inventory is refused naming it: " + seen,
                    seen.path("lasterror").asText().contains("computers"));
        } else {
            assertTrue(seen.toString(), List.of("created", "updated", "unchanged").contains(seen.path("lastresult").asText()));
            assertTrue(output, !output.contains("wrong credentials"));
        }
    }
}
