package org.shopdb.core.internal.rest;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

import javax.ws.rs.core.Response;

/**
 * The largest request body ShopDB accepts: {@value #ENV_MAX_BODY_BYTES}, else
 * {@code maxBodyBytes} of {@code etc/org.shopdb.http.cfg}, else 1 MiB. A declared
 * {@code Content-Length} above it is refused before anything is read; a body without one
 * (chunked) is counted while it is read and refused when it passes the limit.
 */
public record RequestBodyLimit(long maxBytes) {

    public static final String ENV_MAX_BODY_BYTES = "SHOPDB_MAX_BODY_BYTES";
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    static final String CODE = "payload_too_large";

    public RequestBodyLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException(ENV_MAX_BODY_BYTES + " must be a positive number of bytes, got " + maxBytes);
        }
    }

    static RequestBodyLimit resolve(HttpLimitsConfig config, Function<String, String> env) {
        String raw = env.apply(ENV_MAX_BODY_BYTES);
        if (raw == null || raw.isBlank()) {
            return new RequestBodyLimit(config.maxBodyBytes());
        }
        try {
            return new RequestBodyLimit(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV_MAX_BODY_BYTES + " must be a whole number of bytes, got '" + raw + "'");
        }
    }

    /** Whether a declared {@code Content-Length} is too large; {@code null} or unreadable: nothing declared. */
    boolean refuses(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code body}, failing with {@link BodyTooLargeException} once more than the limit has been read from it. */
    InputStream bound(InputStream body) {
        return new BoundedInputStream(body, maxBytes);
    }

    /** The {@code 413} answer, in the error envelope. */
    Response tooLarge() {
        return ApiError.response(413, CODE, "The request body is larger than the limit of " + maxBytes + " bytes", List.of());
    }
}
