package org.shopdb.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit(10);

    static HttpLimitsConfig config(long maxBodyBytes) {
        return new HttpLimitsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HttpLimitsConfig.class;
            }

            @Override
            public long maxBodyBytes() {
                return maxBodyBytes;
            }
        };
    }

    @Test
    void defaultIsOneMebibyteAndTheEnvironmentWins() {
        assertEquals(1_048_576, RequestBodyLimit.resolve(config(RequestBodyLimit.DEFAULT_MAX_BYTES), Map.<String, String>of()::get).maxBytes());
        assertEquals(2048, RequestBodyLimit.resolve(config(4096), Map.of(RequestBodyLimit.ENV_MAX_BODY_BYTES, " 2048 ")::get).maxBytes());
        assertEquals(4096, RequestBodyLimit.resolve(config(4096), Map.of(RequestBodyLimit.ENV_MAX_BODY_BYTES, "")::get).maxBytes());
    }

    @Test
    void nonsenseLimitsNameTheVariable() {
        for (String bad : new String[] {"0", "-5", "lots", "1.5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RequestBodyLimit.resolve(config(1024), Map.of(RequestBodyLimit.ENV_MAX_BODY_BYTES, bad)::get));
            assertTrue(e.getMessage().contains(RequestBodyLimit.ENV_MAX_BODY_BYTES), e.getMessage());
        }
    }

    @Test
    void declaredLengthAboveTheLimitIsRefused() {
        assertFalse(limit.refuses(null));
        assertFalse(limit.refuses("10"));
        assertTrue(limit.refuses("11"));
        assertTrue(limit.refuses("99999999999999"));
        assertFalse(limit.refuses("not-a-number"), "the HTTP server rejects those itself");
    }

    @Test
    void bodyUpToTheLimitReadsWhole() throws IOException {
        byte[] body = "0123456789".getBytes();
        try (InputStream in = limit.bound(new ByteArrayInputStream(body))) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void bodyPastTheLimitFailsWhileReadingInBlocksOrBytes() {
        byte[] body = "0123456789X".getBytes();
        BodyTooLargeException blocks = assertThrows(BodyTooLargeException.class, () -> limit.bound(new ByteArrayInputStream(body)).readAllBytes());
        assertEquals(10, blocks.limit());
        assertThrows(BodyTooLargeException.class, () -> {
            InputStream in = limit.bound(new ByteArrayInputStream(body));
            while (in.read() >= 0) {
                // reading byte by byte
            }
        });
    }

    @Test
    void endlessBodyIsCutShortAfterTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThrows(BodyTooLargeException.class, () -> limit.bound(endless).readAllBytes());
    }
}
