package org.shopdb.testkit.karaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The container's HTTP API over loopback, as a client sends it: JSON bodies, and a bearer
 * token unless {@link #anonymous()}. {@link ShopdbContainer#api()} is signed in as the
 * admin; {@link #login(String, String)} signs in as anyone else. Failing to reach the
 * server is an {@link UncheckedIOException}, so tests need no {@code throws} clause.
 */
public final class ShopdbApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);

    private final HttpClient client;
    private final URI base;
    private final String token;

    ShopdbApi(HttpClient client, URI base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    static ShopdbApi anonymous(URI base) {
        return new ShopdbApi(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), base, null);
    }

    /** {@code http://127.0.0.1:PORT}: where the container serves. */
    public URI baseUri() {
        return base;
    }

    /** The same API without credentials (to prove a route is not public: {@code 401}). */
    public ShopdbApi anonymous() {
        return new ShopdbApi(client, base, null);
    }

    /** The same API with {@code Authorization: Bearer token}. */
    public ShopdbApi withToken(String bearerToken) {
        return new ShopdbApi(client, base, bearerToken);
    }

    /** Signs in ({@code POST /api/auth/login}) and returns the API as that user; fails the test unless it answers {@code 200}. */
    public ShopdbApi login(String username, String password) {
        ObjectNode credentials = JSON.createObjectNode().put("username", username).put("password", password);
        ApiReply reply = anonymous().post("/api/auth/login", credentials);
        if (reply.status() != 200) {
            throw new AssertionError("Cannot log in as " + username + ": " + reply);
        }
        return withToken(reply.data().path("token").asText());
    }

    public ApiReply get(String path) {
        return send("GET", path, null, Map.of());
    }

    /** POST with a JSON body: a JSON string, or any object Jackson writes (a map, an {@code ObjectNode}, a record). */
    public ApiReply post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    /** PUT with a JSON body, as {@link #post(String, Object)}. */
    public ApiReply put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public ApiReply delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Any method, with extra headers (e.g. {@code X-API-Key}); the body may be null. */
    public ApiReply send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiReply(method, path, response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base.resolve(path) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    /**
     * GETs {@code path} until it answers {@code status} and returns that answer; fails the
     * test with the last answer after {@code timeout}. For what happens shortly after a
     * change: a plugin's routes after install, their {@code 404} after uninstall.
     */
    public ApiReply awaitStatus(String path, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last;
        do {
            try {
                ApiReply reply = get(path);
                if (reply.status() == status) {
                    return reply;
                }
                last = reply.toString();
            } catch (UncheckedIOException notServingYet) {
                last = notServingYet.getMessage();
            }
            pause(POLL);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("GET " + path + " did not answer " + status + " within " + timeout.toSeconds() + " s; last: " + last);
    }

    private static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
