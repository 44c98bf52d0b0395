package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.shopdb.api.asset.AssetTypeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * User administration, CORS, the body limit, logout and seeding, over HTTP and the console
 * on the running distribution. The container gets {@value #CORS_ORIGINS} as
 * {@code SHOPDB_CORS_ORIGINS} (a wildcard among them, which must be ignored) and
 * {@value #MAX_BODY_BYTES} as {@code SHOPDB_MAX_BODY_BYTES}, see {@link #environment()}.
 */
public abstract class UsersApiContract {

    static final String ALLOWED_ORIGIN = "https://ui.example.test";
    static final String OTHER_ORIGIN = "https://evil.example.test";
    static final String CORS_ORIGINS = "*, " + ALLOWED_ORIGIN + ", http://localhost:5173";
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    private final Http anonymous = Http.anonymous();

    /** The container's CORS allowlist and body limit, set as an operator sets them. */
    static Option[] environment() {
        return new Option[] {ShopdbDistribution.environment("SHOPDB_CORS_ORIGINS", CORS_ORIGINS),
                ShopdbDistribution.environment("SHOPDB_MAX_BODY_BYTES", Integer.toString(MAX_BODY_BYTES))};
    }

    @Before
    public void apiServes() throws Exception {
        anonymous.awaitStatus("/api/health", 200, Duration.ofSeconds(90));
        admin.awaitStatus("/api/users", 200, Duration.ofSeconds(60));
    }

    // --- users -------------------------------------------------------------------------

    @Test
    public void adminCreatesReadsChangesResetsAndDeletesAUserEachAudited() throws Exception {
        String name = unique("crud");
        Http.Reply created = admin.post("/api/users", user(name, "editor", "first-pass-1"));
        assertEquals(created.body(), 201, created.status());
        JsonNode user = created.json().path("data");
        long id = user.path("userid").asLong();
        assertEquals(name, user.path("username").asText());
        assertEquals("editor", user.path("role").asText());
        assertTrue(user.path("isactive").asBoolean());
        assertTrue(created.header("Location").orElse("").endsWith("/api/users/" + id));
        assertEquals("editor", Http.login(name, "first-pass-1").json().path("data").path("user").path("role").asText());

        assertEquals(name, admin.get("/api/users/" + id).json().path("data").path("username").asText());
        Http.Reply page = admin.get("/api/users?per_page=500&sort=-userid");
        assertEquals(200, page.status());
        assertEquals(500, page.json().path("meta").path("per_page").asInt());
        assertTrue(page.json().path("meta").path("total").asLong() >= 2);
        assertEquals("newest first", id, page.json().path("data").get(0).path("userid").asLong());

        Http.Reply changed = admin.put("/api/users/" + id, "{\"role\":\"viewer\",\"isactive\":true}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("viewer", changed.json().path("data").path("role").asText());

        assertEquals(204, admin.put("/api/users/" + id + "/password", "{\"password\":\"second-pass-2\"}").status());
        assertEquals(401, Http.login(name, "first-pass-1").status());
        assertEquals(200, Http.login(name, "second-pass-2").status());

        Http.Reply deactivated = admin.put("/api/users/" + id, "{\"role\":\"viewer\",\"isactive\":false}");
        assertFalse(deactivated.json().path("data").path("isactive").asBoolean());
        assertEquals("a deactivated user cannot log in", 401, Http.login(name, "second-pass-2").status());

        assertEquals(204, admin.delete("/api/users/" + id).status());
        assertEquals(404, admin.get("/api/users/" + id).status());
        assertEquals(404, admin.delete("/api/users/" + id).status());

        JsonNode audit = admin.get("/api/audit?entitytype=User&entityid=" + id).json().path("data");
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.path("action").asText() + " " + entry.path("changes").fieldNames().next()));
        assertEquals("newest first, each change audited",
                List.of("DELETED username", "UPDATED isactive", "UPDATED password", "UPDATED role", "CREATED username"), actions);
        audit.forEach(entry -> assertEquals("admin", entry.path("actor").path("name").asText()));
        assertEquals("(hidden)", audit.get(2).path("changes").path("password").path("from").asText());
        assertNoSecret(audit.toString(), "first-pass-1", "second-pass-2");
    }

    @Test
    public void noResponseEverCarriesAPasswordOrItsHash() throws Exception {
        String name = unique("nohash");
        Http.Reply created = admin.post("/api/users", user(name, "viewer", "secret-pass-1"));
        long id = created.json().path("data").path("userid").asLong();
        for (Http.Reply reply : List.of(created, admin.get("/api/users/" + id), admin.get("/api/users?per_page=500"),
                admin.put("/api/users/" + id, "{\"role\":\"editor\",\"isactive\":true}"),
                admin.get("/api/audit?entitytype=User&per_page=500"))) {
            assertTrue(reply.body(), reply.status() < 300);
            assertNoSecret(reply.body(), "secret-pass-1");
        }
        JsonNode fields = admin.get("/api/users/" + id).json().path("data");
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("userid", "username", "role", "isactive", "createddate", "modifieddate", "lastlogindate"), names);
    }

    @Test
    public void badInputNamesEachFieldAndATakenNameIsAConflict() throws Exception {
        Http.Reply empty = admin.post("/api/users", "{}");
        assertEquals(empty.body(), 422, empty.status());
        assertEquals("validation_failed", code(empty));
        assertEquals(List.of("username", "role", "password"), fields(empty));

        Http.Reply bad = admin.post("/api/users", user("has space", "root", "short"));
        assertEquals(List.of("username", "role", "password"), fields(bad));

        Http.Reply hashSmuggled = admin.post("/api/users", "{\"username\":\"" + unique("smuggle") + "\",\"role\":\"admin\","
                + "\"password\":\"long-enough\",\"passwordhash\":\"pbkdf2-sha256$1$AA$AA\"}");
        assertEquals(hashSmuggled.body(), 400, hashSmuggled.status());
        assertEquals("invalid_json", code(hashSmuggled));

        Http.Reply taken = admin.post("/api/users", user("ADMIN", "viewer", "long-enough"));
        assertEquals(taken.body(), 409, taken.status());
        assertEquals("conflict", code(taken));

        String name = unique("partial");
        long id = admin.post("/api/users", user(name, "viewer", "long-enough")).json().path("data").path("userid").asLong();
        Http.Reply partial = admin.put("/api/users/" + id, "{\"role\":\"editor\"}");
        assertEquals(422, partial.status());
        assertEquals(List.of("isactive"), fields(partial));
        assertEquals(List.of("password"), fields(admin.put("/api/users/" + id + "/password", "{\"password\":\"1234567\"}")));
        assertEquals(404, admin.get("/api/users/abc").status());
        assertEquals(404, admin.put("/api/users/987654", "{\"role\":\"editor\",\"isactive\":true}").status());
        assertEquals(400, admin.get("/api/users?sort=passwordhash").status());
    }

    @Test
    public void editorsAndViewersMayNotEvenReadUsers() throws Exception {
        for (String role : List.of("editor", "viewer")) {
            String name = unique(role);
            assertEquals(201, admin.post("/api/users", user(name, role, "role-pass-1")).status());
            Http someone = Http.withToken(Http.tokenFor(name, "role-pass-1"));
            for (Http.Reply reply : List.of(someone.get("/api/users"), someone.get("/api/users/1"),
                    someone.post("/api/users", user(unique("x"), "admin", "long-enough")),
                    someone.put("/api/users/1/password", "{\"password\":\"taken-over-1\"}"), someone.delete("/api/users/1"))) {
                assertEquals(role + ": " + reply, 403, reply.status());
                assertEquals("forbidden", code(reply));
            }
        }
    }

    @Test
    public void theLastActiveAdminStaysAndNobodyLocksThemselvesOut() throws Exception {
        String second = unique("admin2");
        long secondId = admin.post("/api/users", user(second, "admin", "second-admin-1")).json().path("data").path("userid").asLong();
        Http secondAdmin = Http.withToken(Http.tokenFor(second, "second-admin-1"));
        long adminId = userId(Http.ADMIN);

        for (Http.Reply self : List.of(secondAdmin.put("/api/users/" + secondId, "{\"role\":\"editor\",\"isactive\":true}"),
                secondAdmin.put("/api/users/" + secondId, "{\"role\":\"admin\",\"isactive\":false}"),
                secondAdmin.delete("/api/users/" + secondId))) {
            assertEquals(self.body(), 409, self.status());
            assertEquals("self_lockout", code(self));
        }

        // The first admin demotes the second; the second's token still says admin until it expires.
        assertEquals(200, admin.put("/api/users/" + secondId, "{\"role\":\"editor\",\"isactive\":true}").status());
        for (Http.Reply last : List.of(secondAdmin.put("/api/users/" + adminId, "{\"role\":\"viewer\",\"isactive\":true}"),
                secondAdmin.put("/api/users/" + adminId, "{\"role\":\"admin\",\"isactive\":false}"),
                secondAdmin.delete("/api/users/" + adminId),
                admin.put("/api/users/" + adminId, "{\"role\":\"editor\",\"isactive\":true}"))) {
            assertEquals(last.body(), 409, last.status());
            assertEquals("last_admin", code(last));
            assertTrue(last.json().path("error").path("message").asText().contains("last active admin"));
        }
        JsonNode stillAdmin = admin.get("/api/users/" + adminId).json().path("data");
        assertEquals("admin", stillAdmin.path("role").asText());
        assertTrue(stillAdmin.path("isactive").asBoolean());
        assertEquals("refused changes are not audited", 0,
                admin.get("/api/audit?entitytype=User&entityid=" + adminId).json().path("meta").path("total").asInt());
        admin.delete("/api/users/" + secondId);
    }

    // --- logout ------------------------------------------------------------------------

    @Test
    public void logoutRevokesTheTokenEverywhereButNotTheUsersOtherSessions() throws Exception {
        String token = Http.tokenFor(Http.ADMIN, Http.adminPassword());
        String otherSession = Http.tokenFor(Http.ADMIN, Http.adminPassword());
        Http session = Http.withToken(token);
        assertEquals(200, session.get("/api/auth/me").status());

        Http.Reply logout = session.post("/api/auth/logout", "");
        assertEquals(logout.body(), 204, logout.status());
        for (Http.Reply revoked : List.of(session.get("/api/auth/me"), session.get("/api/assets"),
                session.post("/api/auth/refresh", ""), anonymous.send("GET", "/api/auth/me", null, Map.of("Cookie", "shopdb_token=" + token)))) {
            assertEquals(revoked.body(), 401, revoked.status());
            assertEquals("unauthorized", code(revoked));
        }
        assertEquals("another login of the same user goes on", 200, Http.withToken(otherSession).get("/api/auth/me").status());
    }

    // --- CORS --------------------------------------------------------------------------

    @Test
    public void allowedOriginGetsCredentialedCorsHeadersOthersNone() throws Exception {
        Http.Reply allowed = admin.send("GET", "/api/auth/me", null, Map.of("Origin", ALLOWED_ORIGIN));
        assertEquals(200, allowed.status());
        assertEquals(ALLOWED_ORIGIN, allowed.header("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", allowed.header("Access-Control-Allow-Credentials").orElse(""));
        assertTrue(allowed.headers().toString(), varies(allowed));

        Http.Reply unauthenticated = anonymous.send("GET", "/api/auth/me", null, Map.of("Origin", ALLOWED_ORIGIN));
        assertEquals(401, unauthenticated.status());
        assertEquals("the page may read the 401 too", ALLOWED_ORIGIN, unauthenticated.header("Access-Control-Allow-Origin").orElse(""));

        for (String origin : List.of(OTHER_ORIGIN, "null", "http://ui.example.test")) {
            Http.Reply other = admin.send("GET", "/api/auth/me", null, Map.of("Origin", origin));
            assertEquals(200, other.status());
            assertTrue(origin + ": " + other.headers(), other.headers().keySet().stream()
                    .noneMatch(header -> header.toLowerCase().startsWith("access-control-")));
            assertTrue(varies(other));
        }
        assertTrue("'*' was ignored, loudly", KarafLog.warnLinesContaining("SHOPDB_CORS_ORIGINS", "IGNORED") >= 1);
    }

    @Test
    public void preflightOfAnAllowedOriginIsAnsweredWithoutCredentials() throws Exception {
        Http.Reply preflight = anonymous.send("OPTIONS", "/api/assets/1", null,
                Map.of("Origin", ALLOWED_ORIGIN, "Access-Control-Request-Method", "DELETE", "Access-Control-Request-Headers", "authorization"));
        assertEquals(preflight.toString(), 204, preflight.status());
        assertEquals(ALLOWED_ORIGIN, preflight.header("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", preflight.header("Access-Control-Allow-Credentials").orElse(""));
        assertTrue(preflight.header("Access-Control-Allow-Methods").orElse("").contains("DELETE"));
        assertTrue(preflight.header("Access-Control-Allow-Headers").orElse("").contains("Authorization"));

        Http.Reply foreign = anonymous.send("OPTIONS", "/api/assets/1", null,
                Map.of("Origin", OTHER_ORIGIN, "Access-Control-Request-Method", "DELETE"));
        assertEquals("not answered for other origins: deny by default", 401, foreign.status());
        assertFalse(foreign.header("Access-Control-Allow-Origin").isPresent());
        assertEquals("a plain OPTIONS is no preflight", 401, anonymous.send("OPTIONS", "/api/assets", null, Map.of("Origin", ALLOWED_ORIGIN)).status());
    }

    // --- body limit --------------------------------------------------------------------

    @Test
    public void oversizedBodiesAre413BeforeTheyAreParsed() throws Exception {
        String fits = asset("BODY-FITS", "x".repeat(MAX_BODY_BYTES - 1000));
        ensureAssetType();
        assertEquals("a body under the limit is served", 201, admin.post("/api/assets", fits).status());

        String tooLarge = asset("BODY-DECLARED", "x".repeat(MAX_BODY_BYTES + 1));
        Http.Reply declared = admin.post("/api/assets", tooLarge);
        assertEquals(declared.body(), 413, declared.status());
        assertEquals("payload_too_large", code(declared));
        assertTrue(declared.json().path("error").path("message").asText().contains(Integer.toString(MAX_BODY_BYTES)));

        byte[] bytes = asset("BODY-CHUNKED", "x".repeat(MAX_BODY_BYTES + 1)).getBytes(StandardCharsets.UTF_8);
        Http.Reply chunked = admin.sendBody("POST", "/api/assets",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), Map.of());
        assertEquals(chunked.body(), 413, chunked.status());
        assertEquals("payload_too_large", code(chunked));
        assertEquals(0, admin.get("/api/assets?q=BODY-DECLARED").json().path("meta").path("total").asInt());
        assertEquals("a failed write changes nothing", 0, admin.get("/api/assets?q=BODY-CHUNKED").json().path("meta").path("total").asInt());
        assertEquals(413, Http.login(Http.ADMIN, "p".repeat(MAX_BODY_BYTES)).status());
    }

    // --- shopdb:seed -------------------------------------------------------------------

    @Test
    public void seedLoadsTheExampleSiteOnceAndARerunCreatesNothing() throws Exception {
        Path example = Path.of(System.getProperty(ShopdbDistribution.SITE_SEED_EXAMPLE));
        KarafShell shell = new KarafShell(context);
        String first = shell.execute("shopdb:seed --demo-assets 30 " + example);
        assertTrue(first, first.contains("business units: 3 created, 0 already present (MACH, ASSY, QA)"));
        assertTrue(first, first.contains("asset statuses: 2 created, 1 already present (onloan, quarantine)"));
        assertTrue(first, first.contains("locations: 9 created, 0 already present"));
        assertTrue(first, first.contains("demo assets: 30 created, 0 already present"));

        String second = shell.execute("shopdb:seed --demo-assets 30 " + example);
        assertTrue(second, second.contains("business units: 0 created, 3 already present"));
        assertTrue(second, second.contains("asset statuses: 0 created, 3 already present"));
        assertTrue(second, second.contains("locations: 0 created, 9 already present"));
        assertTrue(second, second.contains("demo assets: 0 created, 30 already present"));

        JsonNode cells = admin.get("/api/locations").json().path("data");
        List<Long> cellIds = new ArrayList<>();
        cells.forEach(location -> {
            if ("CELL".equalsIgnoreCase(location.path("kind").asText())) {
                cellIds.add(location.path("locationid").asLong());
            }
        });
        assertEquals(4, cellIds.size());
        JsonNode demo = admin.get("/api/assets?q=DEMO-0000&per_page=500").json();
        assertEquals(30, demo.path("meta").path("total").asInt());
        demo.path("data").forEach(asset -> assertTrue("demo assets sit in cells", cellIds.contains(asset.path("locationid").asLong())));
        assertTrue(admin.get("/api/statuses").body().contains("\"quarantine\""));

        JsonNode audit = admin.get("/api/audit?entitytype=BusinessUnit&per_page=500").json().path("data");
        assertEquals(3, audit.size());
        audit.forEach(entry -> assertTrue("audited as the console user", entry.path("actor").path("name").asText().startsWith("shell:")));
        assertEquals(30, admin.get("/api/audit?entitytype=Asset&action=created&actor=" + audit.get(0).path("actor").path("name").asText())
                .json().path("meta").path("total").asInt());
    }

    // --- helpers -----------------------------------------------------------------------

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String user(String username, String role, String password) {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("role", role).put("password", password);
        return body.toString();
    }

    private static String asset(String number, String notes) {
        return JSON.createObjectNode().put("assetnumber", number).put("name", "Body limit probe").put("assettype", "bodytest")
                .put("notes", notes).toString();
    }

    private void ensureAssetType() throws Exception {
        ServiceTracker<AssetTypeService, AssetTypeService> tracker = new ServiceTracker<>(context, AssetTypeService.class, null);
        tracker.open();
        try {
            tracker.waitForService(TimeUnit.SECONDS.toMillis(30)).ensure("bodytest", "Body limit probe", "itests");
        } finally {
            tracker.close();
        }
    }

    private long userId(String username) throws Exception {
        for (JsonNode user : admin.get("/api/users?per_page=500").json().path("data")) {
            if (username.equals(user.path("username").asText())) {
                return user.path("userid").asLong();
            }
        }
        throw new AssertionError("No user " + username);
    }

    private static String code(Http.Reply reply) throws Exception {
        return reply.json().path("error").path("code").asText();
    }

    private static List<String> fields(Http.Reply reply) throws Exception {
        List<String> fields = new ArrayList<>();
        reply.json().path("error").path("details").forEach(detail -> fields.add(detail.path("field").asText()));
        return fields;
    }

    private static boolean varies(Http.Reply reply) {
        return reply.headers().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Vary"))
                .flatMap(header -> header.getValue().stream()).anyMatch(value -> value.contains("Origin"));
    }

    private static void assertNoSecret(String body, String... passwords) {
        assertFalse(body, body.contains("pbkdf2") || body.toLowerCase().contains("passwordhash"));
        for (String password : passwords) {
            assertFalse(body, body.contains(password));
        }
    }
}
