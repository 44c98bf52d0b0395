package org.shopdb.plugins.agents.internal.protocol;

import java.util.List;

import org.shopdb.api.error.FieldError;

/**
 * An agent's request that cannot be taken as sent: a body too large, too slow, wrongly
 * compressed, malformed or invalid. Answered with {@link #status()} in the error envelope;
 * nothing is written.
 */
public class AgentRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<FieldError> details;

    public AgentRequestException(int status, String code, String message, List<FieldError> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
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
}
