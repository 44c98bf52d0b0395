package org.shopdb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.shopdb.api.security.PublicRoutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Authentication and roles over HTTP on the running distribution: login, cookie, throttling,
 * deny-by-default, token tampering and the viewer's read-only role. The signing secret
 * and admin password reach the container through the environment, as an operator sets
 * them ({@code SHOPDB_JWT_SECRET}, {@code SHOPDB_ADMIN_PASSWORD}; see the failsafe
 * configuration).
 */
public abstract class AuthContract {

    private static final Duration BOOT = Duration.ofSeconds(90);

    @Inject
    protected BundleContext context;

    private final Http admin = new Http();
    private final Http anonymous = Http.anonymous();

    @Test
    public void loginAnswersTokenUserAndAHardenedCookie() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        admin.get("/api/auth/me"); // waits until login is served
        Http.Reply reply = Http.login(Http.ADMIN, Http.adminPassword());
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode body = reply.json().path("data");
        String token = body.path("token").asText();
        assertEquals(3, token.split("\\.").length);
        assertTrue(Instant.parse(body.path("expiresat").asText()).isAfter(Instant.now()));
        assertEquals("admin", body.path("user").path("username").asText());
        assertEquals("admin", body.path("user").path("role").asText());
        String cookie = reply.header("Set-Cookie").orElseThrow();
        assertTrue(cookie, cookie.startsWith("shopdb_token=" + token + ";"));
        assertTrue(cookie, cookie.contains("HttpOnly"));
        assertTrue(cookie, cookie.contains("SameSite=Strict"));
        assertTrue(cookie, cookie.contains("Path=/api"));
        assertFalse("not Secure unless SHOPDB_COOKIE_SECURE is set: " + cookie, cookie.contains("Secure;") || cookie.endsWith("Secure"));
        assertEquals("no-store", reply.header("Cache-Control").orElse(""));
    }

    @Test
    public void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        Http.Reply wrongPassword = Http.login(Http.ADMIN, "not-the-password");
        Http.Reply unknownUser = Http.login("nobody-" + UUID.randomUUID(), "not-the-password");
        for (Http.Reply reply : new Http.Reply[] {wrongPassword, unknownUser}) {
            assertEquals(reply.toString(), 401, reply.status());
            assertEquals("invalid_credentials", reply.json().path("error").path("code").asText());
        }
        assertEquals("one message, whichever part was wrong", wrongPassword.json().path("error").path("message").asText(),
                unknownUser.json().path("error").path("message").asText());
    }

    @Test
    public void repeatedFailuresAreThrottledWithRetryAfter() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        String victim = "throttled-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Http.login(victim, "guess-" + i).status());
        }
        Http.Reply throttled = Http.login(victim, "guess-5");
        assertEquals(throttled.toString(), 429, throttled.status());
        assertEquals("too_many_requests", throttled.json().path("error").path("code").asText());
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertTrue("Retry-After " + retryAfter, retryAfter > 0 && retryAfter <= 300);
        assertEquals("other users still log in", 200, Http.login(Http.ADMIN, Http.adminPassword()).status());
    }

    @Test
    public void meShowsTheSignedInUserByHeaderOrCookie() throws Exception {
        JsonNode me = admin.get("/api/auth/me").json().path("data");
        assertEquals("admin", me.path("username").asText());
        assertEquals("admin", me.path("role").asText());
        String token = Http.tokenFor(Http.ADMIN, Http.adminPassword());
        Http.Reply byCookie = anonymous.send("GET", "/api/auth/me", null, Map.of("Cookie", "shopdb_token=" + token));
        assertEquals(byCookie.toString(), 200, byCookie.status());
        assertEquals("admin", byCookie.json().path("data").path("username").asText());
    }

    @Test
    public void onlyTheDeclaredRoutesArePublic() throws Exception {
        assertEquals(200, anonymous.awaitStatus("/api/health", 200, BOOT).status());
        assertTrue(PublicRoutes.isPublic("POST", "/api/auth/login"));
        for (String path : new String[] {"/api/no-such-resource", "/api/auth/me", "/api/health/extra", "/api/openapi"}) {
            Http.Reply reply = anonymous.get(path);
            assertEquals(path + ": " + reply, 401, reply.status());
            assertEquals("unauthorized", reply.json().path("error").path("code").asText());
            assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        assertEquals(401, anonymous.post("/api/auth/refresh", "{}").status());
        assertEquals("another scheme is no credential", 401,
                anonymous.send("GET", "/api/auth/me", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")).status());
    }

    @Test
    public void tamperedExpiredUnsignedAndForeignTokensAreRejected() throws Exception {
        String token = Http.tokenFor(Http.ADMIN, Http.adminPassword());
        assertEquals("control: the genuine token works", 200, Http.withToken(token).get("/api/auth/me").status());

        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
        Instant now = Instant.now();
        String expired = signed(secret(), claims("admin", "admin", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))));
        String unsigned = new PlainJWT(claims("admin", "admin", now, now.plus(Duration.ofHours(1)))).serialize();
        String foreign = signed("some-other-secret-with-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
                claims("admin", "admin", now, now.plus(Duration.ofHours(1))));
        assertEquals("control: a token built here with the configured secret works", 200,
                Http.withToken(signed(secret(), claims("admin", "admin", now, now.plus(Duration.ofHours(1))))).get("/api/auth/me").status());

        for (Map.Entry<String, String> bad : Map.of("tampered", tampered, "expired", expired, "alg=none", unsigned,
                "alg=none with a signature", unsigned + parts[2], "foreign secret", foreign).entrySet()) {
            Http.Reply reply = Http.withToken(bad.getValue()).get("/api/auth/me");
            assertEquals(bad.getKey() + ": " + reply, 401, reply.status());
            assertEquals("unauthorized", reply.json().path("error").path("code").asText());
        }
    }

    @Test
    public void refreshIssuesANewTokenAndLogoutClearsTheCookie() throws Exception {
        Http.Reply refreshed = admin.post("/api/auth/refresh", "");
        assertEquals(refreshed.toString(), 200, refreshed.status());
        String token = refreshed.json().path("data").path("token").asText();
        assertEquals(200, Http.withToken(token).get("/api/auth/me").status());
        assertTrue(refreshed.header("Set-Cookie").orElse("").startsWith("shopdb_token=" + token));

        Http.Reply logout = Http.withToken(token).post("/api/auth/logout", "");
        assertEquals(logout.toString(), 204, logout.status());
        String cleared = logout.header("Set-Cookie").orElseThrow();
        assertTrue(cleared, cleared.startsWith("shopdb_token=;") && cleared.contains("Max-Age=0"));
    }

    @Test
    public void viewerReadsButIsForbiddenToWrite() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        String username = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        insertUser(username, "viewer-password", "viewer");
        String token = Http.tokenFor(username, "viewer-password");
        Http viewer = Http.withToken(token);

        JsonNode me = viewer.get("/api/auth/me").json().path("data");
        assertEquals("viewer", me.path("role").asText());
        for (String path : new String[] {"/api/assets", "/api/no-such-resource"}) {
            Http.Reply write = viewer.post(path, "{}");
            assertEquals(path + ": " + write, 403, write.status());
            assertEquals("forbidden", write.json().path("error").path("code").asText());
        }
        assertEquals("a method override does not turn a write into a read", 403,
                viewer.send("GET", "/api/assets", null, Map.of("X-HTTP-Method-Override", "DELETE")).status());
        assertEquals("users are for admins, even to read", 403, viewer.get("/api/users").status());
        assertEquals("a viewer may refresh", 200, viewer.post("/api/auth/refresh", "").status());
        assertTrue("the weak hash made in this test was upgraded on login",
                storedHash(username).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    public void firstStartCreatedExactlyOneAdmin() throws Exception {
        admin.get("/api/auth/me");
        assertEquals(1L, query("select count(*) from users where username = 'admin' and role = 'admin'"));
        assertNotEquals("the password is stored hashed", Http.adminPassword(), storedHash("admin"));
        long warnings = KarafLog.warnLinesContaining("DEVELOPMENT DEFAULT", "SHOPDB_ADMIN_PASSWORD");
        if (System.getenv("SHOPDB_ADMIN_PASSWORD") == null) {
            assertEquals("the development default is announced once", 1, warnings);
        } else {
            assertEquals("no development default when SHOPDB_ADMIN_PASSWORD is set", 0, warnings);
        }
    }

    // --- helpers -----------------------------------------------------------------------

    /** The secret the build gives the container through {@code SHOPDB_JWT_SECRET}. */
    @Test
    public void shellManagesUsersWhoThenLogInOverHttp() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        admin.get("/api/auth/me"); // waits until login is served
        String name = "shell-" + UUID.randomUUID().toString().substring(0, 8);
        KarafShell shell = new KarafShell(context);
        String added = shell.execute("shopdb:user-add --password first-pass-1 " + name + " editor");
        assertTrue(added, added.contains("added with role editor"));
        assertTrue(shell.execute("shopdb:user-list").lines().anyMatch(line -> line.contains(name) && line.contains("editor")));
        assertEquals("editor", Http.login(name, "first-pass-1").json().path("data").path("user").path("role").asText());

        assertTrue(shell.execute("shopdb:user-passwd --password second-pass-2 " + name).contains("changed"));
        assertEquals(200, Http.login(name, "second-pass-2").status());
        assertEquals(401, Http.login(name, "first-pass-1").status());
        assertEquals(1, query("select count(*) from auditlog where entitytype = 'User' and action = 'UPDATED' and entityname = '" + name + "'"));
        Exception tooShort = assertThrows(Exception.class,
                () -> shell.execute("shopdb:user-add --password short " + name + "-2 viewer"));
        assertTrue(tooShort.getMessage(), tooShort.getMessage().contains("at least 8"));
    }

    @Test
    public void routeSweepDeniesEveryServedRouteWithoutCredentialsAndEveryWriteToAViewer() throws Exception {
        anonymous.awaitStatus("/api/health", 200, BOOT);
        admin.awaitStatus("/api/assettypes", 200, BOOT);
        String username = "sweep-viewer-" + UUID.randomUUID().toString().substring(0, 8);
        insertUser(username, "viewer-password", "viewer");
        Http viewer = Http.withToken(Http.tokenFor(username, "viewer-password"));

        List<ServedRoutes.Route> routes = ServedRoutes.of(context);
        assertTrue("the sweep sees the core's routes: " + routes, routes.size() >= 20
                && routes.contains(new ServedRoutes.Route("DELETE", "/api/assets/1")));
        int checked = 0;
        for (ServedRoutes.Route route : routes) {
            String body = route.isWrite() ? "{}" : null;
            if (!PublicRoutes.isPublic(route.method(), route.path())) {
                assertEquals(route + " without credentials", 401,
                        anonymous.send(route.method(), route.path(), body, Map.of()).status());
                checked++;
            }
            boolean ownSession = route.path().startsWith("/api/auth/");
            if (route.isWrite() && !ownSession) {
                assertEquals(route + " as a viewer", 403, viewer.send(route.method(), route.path(), body, Map.of()).status());
            }
        }
        assertTrue(checked > 0);
    }

    private static byte[] secret() {
        String secret = System.getenv("SHOPDB_JWT_SECRET");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("SHOPDB_JWT_SECRET is not set: run the tests through Maven");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static JWTClaimsSet claims(String subject, String role, Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder().issuer("shopdb").subject(subject).claim("role", role)
                .issueTime(Date.from(issued)).expirationTime(Date.from(expires)).build();
    }

    private static String signed(byte[] secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /**
     * Adds a user straight into the table, with a deliberately cheap hash (1 000 iterations)
     * in ShopDB's self-describing format: the core honours the stored count and upgrades it
     * at the next login.
     */
    private void insertUser(String username, String password, String role) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1000, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String encoded = "pbkdf2-sha256$1000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        try (Connection connection = pool().getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into users (username, passwordhash, role, isactive, "
                        + "createddate, modifieddate) values (?, ?, ?, ?, current_timestamp, current_timestamp)")) {
            insert.setString(1, username);
            insert.setString(2, encoded);
            insert.setString(3, role);
            insert.setBoolean(4, true);
            insert.executeUpdate();
        }
    }

    private String storedHash(String username) throws Exception {
        try (Connection connection = pool().getConnection();
                PreparedStatement select = connection.prepareStatement("select passwordhash from users where username = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue("user " + username + " exists", rs.next());
                return rs.getString(1);
            }
        }
    }

    private long query(String sql) throws Exception {
        return new InContainer(context).count(sql);
    }

    private DataSource pool() throws Exception {
        return new InContainer(context).pool();
    }
}
