package org.shopdb.plugins.agents.internal.protocol;

import java.util.List;

import org.shopdb.api.error.FieldError;

/**
 * An agent's request that cannot be taken as sent: a body too large, too slow, wrongly
 * compressed, malformed or invalid, or one that cannot be stored now (a plugin it needs is
 * stopped or being updated). Answered with {@link #status()} in the error envelope, with
 * {@code Retry-After} when trying again later may succeed; nothing is written.
 */
public class AgentRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** As the core's 503 for a plugin being switched: a live update takes a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final int status;
    private final String code;
    private final transient List<FieldError> details;
    private final int retryAfterSeconds;

    public AgentRequestException(int status, String code, String message, List<FieldError> details) {
        this(status, code, message, details, 0);
    }

    private AgentRequestException(int status, String code, String message, List<FieldError> details, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503 with {@code Retry-After}: the inventory cannot be stored now, the same one may be later. */
    public static AgentRequestException unavailable(String message) {
        return new AgentRequestException(503, "unavailable", message, List.of(), RETRY_AFTER_SECONDS);
    }

    public static AgentRequestException malformed(String message) {
        return new AgentRequestException(400, "malformed_payload", message, List.of());
    }

    public static AgentRequestException invalid(String message, List<FieldError> details) {
        return new AgentRequestException(422, "validation_failed", message, details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }

    /** Seconds after which the same request may succeed; 0 when it would not. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
