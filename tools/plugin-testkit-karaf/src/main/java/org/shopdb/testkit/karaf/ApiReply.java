package org.shopdb.testkit.karaf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of the container's HTTP API: status, body and headers, with the body readable
 * as JSON ({@link #json()}) and the envelope's {@code data} and {@code meta} at hand.
 */
public record ApiReply(String method, String path, int status, String body, Map<String, List<String>> headers) {

    /** The body as JSON; fails the test, quoting the body, when it is not JSON. */
    public JsonNode json() {
        try {
            return ShopdbApi.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(this + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code data} of the envelope {@code {"data":…,"meta":…}} (a missing node when there is none). */
    public JsonNode data() {
        return json().path("data");
    }

    /** {@code meta} of the envelope (paging: {@code page}, {@code per_page}, {@code total}). */
    public JsonNode meta() {
        return json().path("meta");
    }

    /** {@code error.code} of an error envelope, e.g. {@code validation_failed}, or "" when there is none. */
    public String errorCode() {
        return json().path("error").path("code").asText();
    }

    /** The first value of a header, names compared case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream()).findFirst();
    }

    /** Shown by assertion messages: what was asked and what came back. */
    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + body;
    }
}
