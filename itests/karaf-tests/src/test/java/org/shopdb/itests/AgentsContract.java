package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.shopdb.itests.AgentPayloads.unzlib;
import static org.shopdb.itests.AgentPayloads.zlib;

import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inventory agents plugin on the running distribution, installed live (its feature brings
 * the computers and applications plugins): how agents authenticate (an API key with the
 * {@code agents} scope, as the password of HTTP Basic after a {@code Basic} challenge, as the
 * FusionInventory agent does it), the OCS prolog exchange with zlib bodies both ways, bad
 * payloads refused with the status that says why, the operator's view at {@code /api/agents},
 * 200 agents posting at once, and Debian's real {@code fusioninventory-agent} inventorying this
 * machine into a computer with its addresses and installed packages, twice, the second run
 * changing nothing. Each subclass boots it on one database.
 */
public abstract class AgentsContract {

    private static final String FEATURE = "shopdb-agents";
    /** Agents posting at once; the first {@link #SWARM_REPEATED} of them post their inventory twice more meanwhile. */
    private static final int SWARM = 200;
    private static final int SWARM_REPEATED = 20;
    private static final String SWARM_DEVICE = "swarm-";
    private static final String SWARM_HOST = "swarm-pc-";
    private static final Duration SWARM_TIMEOUT = Duration.ofMinutes(10);
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
    private static String agentsKeyName;
    private static String camerasKey;

    @Before
    public void agentsInstalledLive() throws Exception {
        admin.awaitStatus("/api/health", 200, BOOT);
        if (!new KarafShell(context).execute("feature:list -i").contains(FEATURE)) {
            new KarafShell(context).execute("feature:install " + FEATURE);
        }
        admin.awaitStatus("/api/agents", 200, LIVE);
        if (agentsKey == null) {
            agentsKeyName = "fusion-agents-" + System.nanoTime();
            agentsKey = key(agentsKeyName, "agents");
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

    /** A zlib body with the agents key, on the given client. */
    private HttpResponse<byte[]> post(HttpClient on, String path, byte[] zlibBody, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT) + path))
                .timeout(timeout).header("Authorization", basic(agentsKey)).header("Content-Type", "application/x-compress-zlib")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zlibBody)).build();
        return on.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private JsonNode agent(String deviceId) throws Exception {
        return AgentsSeen.byDeviceId(admin, deviceId);
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
    public void twoHundredAgentsAtOnceLeaveOneComputerEachAndLoseNoUpdate() throws Exception {
        String sample = Files.readString(repositoryRoot().resolve("plugins/agents/src/test/resources/inventories/fusioninventory-debian.xml"));
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < SWARM; i++) {
            runs.add(swarmDevice(i));
        }
        for (int i = 0; i < SWARM_REPEATED; i++) {
            runs.add(swarmDevice(i));
            runs.add(swarmDevice(i));
        }
        Collections.shuffle(runs, new java.util.Random(8));
        ExecutorService agents = Executors.newFixedThreadPool(SWARM);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (String device : runs) {
                byte[] inventory = zlib(swarmInventory(sample, device));
                byte[] prolog = zlib(String.format(PROLOG, device));
                outcomes.add(agents.submit(() -> {
                    // Its own connections, as each agent is its own process: no keep-alive connection the server
                    // closed as idle meanwhile is handed from one simulated agent to the next
                    HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
                    start.await();
                    HttpResponse<byte[]> contact = post(own, OCS, prolog, SWARM_TIMEOUT);
                    HttpResponse<byte[]> stored = post(own, OCS, inventory, SWARM_TIMEOUT);
                    return contact.statusCode() + " " + stored.statusCode() + " " + device
                            + (contact.statusCode() == 200 ? "" : " prolog: " + text(contact))
                            + (stored.statusCode() == 200 ? "" : " inventory: " + text(stored));
                }));
            }
            start.countDown();
            List<String> refused = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String answer = outcome.get(15, TimeUnit.MINUTES);
                if (!answer.startsWith("200 200 ")) {
                    refused.add(answer);
                }
            }
            assertEquals(refused.isEmpty() ? "" : "every prolog and inventory answered 200; the log's errors:\n"
                    + KarafLog.excerpt("| ERROR |", 6), List.of(), refused);
        } finally {
            agents.shutdownNow();
        }

        Map<String, JsonNode> computers = new TreeMap<>();
        for (JsonNode computer : all("/api/computers?q=" + SWARM_HOST)) {
            assertNull("one computer per host name: " + computer, computers.put(computer.path("hostname").asText(), computer));
        }
        assertEquals("exactly one computer per agent", SWARM, computers.size());

        Map<String, JsonNode> seen = new TreeMap<>();
        for (JsonNode agent : all("/api/agents")) {
            if (agent.path("deviceid").asText().startsWith(SWARM_DEVICE)) {
                seen.put(agent.path("deviceid").asText(), agent);
            }
        }
        assertEquals("every agent recorded once", SWARM, seen.size());
        for (int i = 0; i < SWARM; i++) {
            JsonNode agent = seen.get(swarmDevice(i));
            assertEquals("no inventory count lost: " + agent, i < SWARM_REPEATED ? 3 : 1, agent.path("inventories").asLong());
            assertEquals(agent.toString(), 0, agent.path("failures").asLong());
            JsonNode computer = computers.get(swarmHost(i));
            assertNotNull(swarmHost(i), computer);
            assertEquals("the agent points at its own computer", computer.path("assetid").asLong(), agent.path("assetid").asLong());
            assertEquals(swarmHost(i), agent.path("hostname").asText());
        }
        for (int i : new int[] {0, SWARM_REPEATED - 1, SWARM_REPEATED, SWARM - 1}) {
            JsonNode addresses = admin.get("/api/assets/" + computers.get(swarmHost(i)).path("assetid").asLong() + "/addresses").json().path("data");
            assertEquals("each computer has its own address, once: " + addresses, 1, addresses.size());
            assertEquals(swarmAddress(i), addresses.get(0).path("ipaddress").asText());
        }

        int programs = programNames(sample).size();
        Map<String, Long> applicationIds = new TreeMap<>();
        java.util.Set<String> installations = new java.util.HashSet<>();
        long swarmInstallations = 0;
        for (JsonNode installation : all("/api/applications/installations")) {
            if (!installation.path("hostname").asText().startsWith(SWARM_HOST)) {
                continue;
            }
            swarmInstallations++;
            assertTrue("no installation twice: " + installation,
                    installations.add(installation.path("computerid").asText() + "/" + installation.path("applicationid").asText()));
            Long before = applicationIds.putIfAbsent(installation.path("application").asText(), installation.path("applicationid").asLong());
            assertTrue("one catalog entry per program: " + installation, before == null || before == installation.path("applicationid").asLong());
        }
        assertEquals("every program of the sample, once per computer", (long) SWARM * programs, swarmInstallations);
        assertEquals(programs, applicationIds.size());
        java.util.Set<String> catalog = new java.util.HashSet<>();
        for (JsonNode application : all("/api/applications")) {
            assertTrue("no catalog entry twice: " + application, catalog.add(
                    (application.path("name").asText() + "/" + application.path("vendor").asText()).toLowerCase(Locale.ROOT)));
        }
    }

    /** The repository's sample of a real agent run made agent {@code device}'s: its own device id, host, address and MAC. */
    private static String swarmInventory(String sample, String device) {
        int i = Integer.parseInt(device.substring(SWARM_DEVICE.length()));
        String mac = String.format("02:fc:00:77:%02x:%02x", i / 256, i % 256);
        return sample.replace("<DEVICEID>vm-2026-12-06-16-35-10</DEVICEID>", "<DEVICEID>" + device + "</DEVICEID>")
                .replace("<NAME>vm</NAME>", "<NAME>" + swarmHost(i) + "</NAME>")
                .replace("<FQDN>vm</FQDN>", "<FQDN>" + swarmHost(i) + "</FQDN>")
                .replace("192.0.2.2", swarmAddress(i))
                .replace("02:fc:00:00:00:01", mac);
    }

    /** The distinct program names of an OCS inventory's SOFTWARES sections. */
    private static java.util.Set<String> programNames(String inventory) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher software = java.util.regex.Pattern.compile("<SOFTWARES>.*?<NAME>([^<]*)</NAME>.*?</SOFTWARES>",
                java.util.regex.Pattern.DOTALL).matcher(inventory);
        while (software.find()) {
            names.add(software.group(1));
        }
        return names;
    }

    private static String swarmDevice(int i) {
        return String.format("%s%03d", SWARM_DEVICE, i);
    }

    private static String swarmHost(int i) {
        return String.format("%s%03d", SWARM_HOST, i);
    }

    private static String swarmAddress(int i) {
        return "10.77." + i / 256 + "." + (i % 256 + 1);
    }

    /** This checkout, found from the documented examples the build hands the container (docs/examples). */
    private static Path repositoryRoot() {
        return Path.of(System.getProperty(ShopdbDistribution.DOCS_EXAMPLES)).resolve("../..").normalize();
    }

    @Test
    public void theRealFusionInventoryAgentInventoriesThisMachineAndASecondRunChangesNothing() throws Exception {
        AgentTools.require("fusioninventory-agent", "dpkg-query");
        Map<String, String> packages = installedPackages();
        String firstRun = runTheAgent();
        int prolog = firstRun.indexOf("sending prolog request");
        int task = firstRun.indexOf("running task Inventory");
        assertTrue("the prolog was answered, after the Basic challenge, and the agent went on to its inventory: " + firstRun,
                prolog >= 0 && task > prolog && firstRun.substring(prolog, task).contains("submitting credentials"));
        assertTrue("the agent logged no error: " + firstRun, !firstRun.contains("[error]") && !firstRun.contains("wrong credentials"));

        JsonNode agent = theRealAgent();
        assertNotNull("the agent's inventory reached ShopDB: " + firstRun, agent);
        assertTrue(agent.toString(), List.of("created", "updated").contains(agent.path("lastresult").asText()));
        assertEquals(agent.toString(), 0, agent.path("failures").asLong());
        String hostname = thisMachinesHostname();
        assertEquals("the agent's computer is this machine", hostname, agent.path("hostname").asText());

        JsonNode computers = admin.get("/api/computers?hostname=" + hostname).json().path("data");
        assertEquals("this machine is one computer asset: " + computers, 1, computers.size());
        JsonNode computer = computers.get(0);
        long assetId = computer.path("assetid").asLong();
        assertEquals(agent.path("assetid").asLong(), assetId);
        assertEquals("its OS", osRelease("PRETTY_NAME"), computer.path("osname").asText());
        assertEquals("its OS version", osRelease("VERSION_ID"), computer.path("osversion").asText().split("\\.")[0]);
        long memoryMb = memTotalKb() / 1024;
        assertTrue("its memory, " + memoryMb + " MB here: " + computer, Math.abs(computer.path("memorymb").asLong() - memoryMb) <= 1);
        assertTrue("no 'wtmp begins' read as the last user: " + computer, !"wtmp".equals(computer.path("lastuser").asText()));

        JsonNode addresses = admin.get("/api/assets/" + assetId + "/addresses").json().path("data");
        assertTrue("at least one network address: " + addresses, addresses.size() >= 1);
        Map<String, String> interfaces = thisMachinesIpv4Addresses();
        for (JsonNode address : addresses) {
            String ip = address.path("ipaddress").asText();
            assertTrue(ip + " is an address of this machine, whose addresses are " + interfaces, interfaces.containsKey(ip));
            if (interfaces.get(ip) != null) {
                assertEquals("the MAC of the interface with " + ip, interfaces.get(ip), address.path("macaddress").asText());
            }
        }

        Map<String, String> installed = installationsOf(hostname);
        assertEquals("every installed Debian package is an installation, and nothing else",
                new TreeSet<>(packages.keySet()), new TreeSet<>(installed.keySet()));
        for (String known : List.of("fusioninventory-agent", "dpkg", "bash", "coreutils", "perl-base")) {
            assertEquals(known + " in the version dpkg-query shows", packages.get(known), installed.get(known));
        }
        assertEquals(packages.size(), agent.path("softwarecount").asInt());

        Instant betweenRuns = aWholeSecondLater();
        long assetAudits = admin.get("/api/audit?per_page=1&entitytype=Asset&entityid=" + assetId).json().path("meta").path("total").asLong();
        String secondRun = runTheAgent();
        assertEquals("no package was installed or removed on this machine during the test", packages, installedPackages());
        assertTrue("the agent logged no error: " + secondRun, !secondRun.contains("[error]"));
        JsonNode again = theRealAgent();
        assertEquals(again.toString(), "unchanged", again.path("lastresult").asText());
        assertEquals(agent.path("inventories").asLong() + 1, again.path("inventories").asLong());
        assertTrue("the last contact moved", Instant.parse(again.path("lastcontact").asText()).isAfter(Instant.parse(agent.path("lastcontact").asText())));
        assertEquals("no audit entry from the second run: " + audit(betweenRuns), 0, audit(betweenRuns).path("meta").path("total").asLong());
        assertEquals(assetAudits, admin.get("/api/audit?per_page=1&entitytype=Asset&entityid=" + assetId).json().path("meta").path("total").asLong());
        JsonNode after = admin.get("/api/computers/" + assetId).json().path("data");
        assertEquals("the computer's version (its optimistic lock) did not move", computer.path("version").asLong(), after.path("version").asLong());
        assertEquals(computer.path("lastboot").asText(), after.path("lastboot").asText());
        assertTrue("only its last inventory moved", Instant.parse(after.path("lastinventory").asText()).isAfter(Instant.parse(computer.path("lastinventory").asText())));
        assertEquals(addresses, admin.get("/api/assets/" + assetId + "/addresses").json().path("data"));
        assertEquals(installed, installationsOf(hostname));
    }

    /** Debian's agent against this server with the agents key, as a site runs it; its log. */
    private String runTheAgent() throws Exception {
        String server = "http://127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT) + OCS;
        Process agent = new ProcessBuilder("fusioninventory-agent", "--server", server, "--user", "agent", "--password", agentsKey,
                "--force", "--no-category", "process,environment", "--timeout", "600",
                "--logger", "stderr", "--debug").redirectErrorStream(true).start();
        CompletableFuture<byte[]> log = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = agent.getInputStream()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue("the agent finished within 15 minutes", agent.waitFor(15, TimeUnit.MINUTES));
        String output = new String(log.get(1, TimeUnit.MINUTES), StandardCharsets.UTF_8);
        assertEquals(output, 0, agent.exitValue());
        return output;
    }

    private JsonNode theRealAgent() throws Exception {
        for (JsonNode seen : admin.get("/api/agents?per_page=500").json().path("data")) {
            if ("ocs".equals(seen.path("protocol").asText()) && seen.path("agentversion").asText().startsWith("FusionInventory-Agent")) {
                return seen;
            }
        }
        return null;
    }

    /**
     * A whole second, waited for, that separates the first run's audit rows from the second's:
     * MariaDB and MySQL keep the audit time in whole seconds (DATETIME), truncated or rounded,
     * so a boundary within the first run's last second would count its rows as the second run's.
     */
    private static Instant aWholeSecondLater() throws InterruptedException {
        Instant boundary = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        Thread.sleep(Duration.between(Instant.now(), boundary).toMillis() + 1);
        return boundary;
    }

    private JsonNode audit(Instant from) throws Exception {
        return admin.get("/api/audit?per_page=5&actor=" + agentsKeyName + "&from=" + from).json();
    }

    /** The installations of a computer: application name to version. */
    private Map<String, String> installationsOf(String hostname) throws Exception {
        Map<String, String> installed = new TreeMap<>();
        for (JsonNode installation : all("/api/applications/installations?hostname=" + hostname)) {
            assertNull("one installation per application: " + installation,
                    installed.put(installation.path("application").asText(), installation.path("version").asText()));
        }
        return installed;
    }

    /** Every item of a paged list. */
    private List<JsonNode> all(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonNode answer = admin.get(path + (path.contains("?") ? "&" : "?") + "per_page=500&page=" + page).json();
            answer.path("data").forEach(items::add);
            if (items.size() >= answer.path("meta").path("total").asLong() || answer.path("data").isEmpty()) {
                return items;
            }
        }
    }

    /** The Debian packages dpkg counts as installed (as the agent reads them), by name. */
    private static Map<String, String> installedPackages() throws Exception {
        Map<String, String> packages = new TreeMap<>();
        for (String line : command("dpkg-query", "--show", "--showformat=${Package}\t${Version}\t${Status}\n").split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && fields[2].endsWith(" installed")) {
                packages.putIfAbsent(fields[0], fields[1]);
            }
        }
        return packages;
    }

    private static String thisMachinesHostname() throws Exception {
        return command("hostname").trim().split("\\.")[0].toLowerCase(Locale.ROOT);
    }

    private static String osRelease(String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
            if (line.startsWith(field + "=")) {
                return line.substring(field.length() + 1).replace("\"", "");
            }
        }
        throw new AssertionError("/etc/os-release has no " + field);
    }

    private static long memTotalKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("/proc/meminfo has no MemTotal");
    }

    /** The IPv4 addresses of this machine's interfaces, with the interface's MAC (null for none). */
    private static Map<String, String> thisMachinesIpv4Addresses() throws Exception {
        Map<String, String> addresses = new TreeMap<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            byte[] mac = nic.getHardwareAddress();
            String macText = mac == null || mac.length != 6 ? null
                    : String.format("%02X:%02X:%02X:%02X:%02X:%02X", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    addresses.put(address.getHostAddress(), macText);
                }
            }
        }
        return addresses;
    }

    private static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(String.join(" ", command) + " finished", process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(String.join(" ", command), 0, process.exitValue());
        return new String(output, StandardCharsets.UTF_8);
    }
}
