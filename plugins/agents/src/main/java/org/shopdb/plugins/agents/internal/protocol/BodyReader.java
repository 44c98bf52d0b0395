package org.shopdb.plugins.agents.internal.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads an agent's request body within a size limit and a deadline. The HTTP server's idle
 * timeout ends a connection on which nothing arrives; the deadline ends one that trickles,
 * so a slow or stuck agent holds a request thread for a bounded time only.
 */
public final class BodyReader {

    private final long maxBytes;
    private final Duration deadline;
    private final Clock clock;

    public BodyReader(long maxBytes, Duration deadline, Clock clock) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.clock = clock;
    }

    /**
     * @throws AgentRequestException 413 past the size limit, 408 past the deadline, 400 for a body cut off by the client
     */
    public byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        Instant until = clock.instant().plus(deadline);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > maxBytes) {
                    throw new AgentRequestException(413, "payload_too_large", "The request body is larger than the limit of "
                            + maxBytes + " bytes", List.of());
                }
                if (clock.instant().isAfter(until)) {
                    throw new AgentRequestException(408, "request_timeout", "The request body did not arrive within "
                            + deadline.toSeconds() + " s (SHOPDB_AGENT_BODY_TIMEOUT_SECONDS)", List.of());
                }
            }
        } catch (IOException cutOff) {
            throw AgentRequestException.malformed("The request body could not be read to its end: " + cutOff.getMessage());
        }
        return bytes.toByteArray();
    }
}
