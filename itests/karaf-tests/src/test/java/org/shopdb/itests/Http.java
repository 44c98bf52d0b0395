package org.shopdb.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Talks HTTP to the container's API over loopback, as a real client does. {@code new Http()}
 * signs in once per container as {@value #ADMIN} and sends that bearer token with every
 * request; {@link #anonymous()} sends no credentials and {@link #withToken(String)} a
 * given token.
 */
public final class Http {

    public static final String ADMIN = "admin";
    /** The development default of {@code SHOPDB_ADMIN_PASSWORD}: the suite that does not set it logs in with this. */
    public static final String DEVELOPMENT_ADMIN_PASSWORD = "shopdb-admin";
    private static final Duration READY = Duration.ofSeconds(90);
    /**
     * Longer than the server may hold a request for a plugin being published or updated (20 s, ADR
     * 0007/0009), so that a held request ends in its answer (or the server's 503), not a client timeout.
     */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The admin's token, shared by all tests in this container. */
    private static volatile String adminToken;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Credentials credentials;
    private final Duration requestTimeout;

    private enum Kind { ADMIN, ANONYMOUS, TOKEN }

    private record Credentials(Kind kind, String token) {
    }

    /** Requests as the admin, with a bearer token. */
    public Http() {
        this(new Credentials(Kind.ADMIN, null));
    }

    private Http(Credentials credentials) {
        this(credentials, REQUEST_TIMEOUT);
    }

    private Http(Credentials credentials, Duration requestTimeout) {
        this.base = "http://127.0.0.1:" + System.getProperty(ShopdbDistribution.HTTP_PORT);
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
    }

    /** The same credentials, waiting up to {@code requestTimeout} for each answer (e.g. requests the server holds). */
    public Http waitingUpTo(Duration requestTimeout) {
        return new Http(credentials, requestTimeout);
    }

    /** Requests with no credentials at all. */
    public static Http anonymous() {
        return new Http(new Credentials(Kind.ANONYMOUS, null));
    }

    /** Requests with {@code Authorization: Bearer <token>}. */
    public static Http withToken(String token) {
        return new Http(new Credentials(Kind.TOKEN, token));
    }

    /** The admin password the container was given ({@code SHOPDB_ADMIN_PASSWORD}), else the development default. */
    public static String adminPassword() {
        String configured = System.getenv("SHOPDB_ADMIN_PASSWORD");
        return configured == null || configured.isEmpty() ? DEVELOPMENT_ADMIN_PASSWORD : configured;
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Any method, with extra headers (e.g. a {@code Cookie}); the body may be null. */
    public Reply send(String method, String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        return sendBody(method, path, json == null ? null : HttpRequest.BodyPublishers.ofString(json), headers);
    }

    /**
     * Any method with a JSON body from any publisher, e.g. one of unknown length (sent
     * chunked); the body may be null.
     */
    public Reply sendBody(String method, String path, HttpRequest.BodyPublisher json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method(method, json == null ? HttpRequest.BodyPublishers.noBody() : json);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** {@code POST /api/auth/login}, without credentials. */
    public static Reply login(String username, String password) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password);
        return anonymous().post("/api/auth/login", body.toString());
    }

    /** A token for this user; fails the test when login does not answer 200. */
    public static String tokenFor(String username, String password) throws IOException, InterruptedException {
        Reply reply = login(username, password);
        if (reply.status() != 200) {
            throw new AssertionError("Login as " + username + " failed: " + reply);
        }
        return reply.json().path("data").path("token").asText();
    }

    private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout);
        String token = switch (credentials.kind()) {
            case ADMIN -> adminToken();
            case TOKEN -> credentials.token();
            case ANONYMOUS -> null;
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /**
     * Logs in as the admin once the API serves: login is served once the first user has
     * been created, so a {@code 404} or {@code 503} means "not yet". Wrong credentials fail
     * at once rather than run into the login throttle.
     */
    private String adminToken() throws IOException, InterruptedException {
        String token = adminToken;
        if (token != null) {
            return token;
        }
        synchronized (Http.class) {
            if (adminToken == null) {
                anonymous().awaitStatus("/api/health", 200, READY);
                long deadline = System.nanoTime() + READY.toNanos();
                Reply last;
                do {
                    last = login(ADMIN, adminPassword());
                    if (last.status() == 200) {
                        adminToken = last.json().path("data").path("token").asText();
                        return adminToken;
                    }
                    Thread.sleep(250);
                } while ((last.status() == 404 || last.status() == 503) && System.nanoTime() < deadline);
                throw new AssertionError("Cannot log in as " + ADMIN + ": " + last);
            }
            return adminToken;
        }
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().map());
    }

    /** Polls {@code path} until it answers {@code status}, or fails after {@code timeout} with the container's state. */
    public Reply awaitStatus(String path, int status, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path);
                if (last.status() == status) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                last = new Reply(-1, notListeningYet.toString(), Map.of());
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + timeout + "; last: " + last + "\n" + ContainerState.here());
    }

    public record Reply(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** The first value of a header, names compared case-insensitively. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        @Override
        public String toString() {
            return "Reply[" + status + " " + body + "]";
        }
    }
}
