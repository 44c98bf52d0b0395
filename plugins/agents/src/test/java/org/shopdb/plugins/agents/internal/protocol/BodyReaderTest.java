package org.shopdb.plugins.agents.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class BodyReaderTest {

    /** A clock that moves ten seconds each time it is read. */
    private static final class SlowClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public Instant instant() {
            now = now.plusSeconds(10);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Hands out one byte per read, as a trickling client does. */
    private static InputStream trickle(int bytes) {
        return new InputStream() {
            private int left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                left--;
                buffer[offset] = 'x';
                return 1;
            }
        };
    }

    @Test
    void aBodyWithinTheLimitsIsRead() {
        byte[] body = "<REQUEST/>".getBytes();
        assertArrayEquals(body, new BodyReader(100, Duration.ofSeconds(60), Clock.systemUTC()).read(new ByteArrayInputStream(body)));
    }

    @Test
    void aLargerBodyIsCutOff() {
        AgentRequestException tooLarge = assertThrows(AgentRequestException.class,
                () -> new BodyReader(1000, Duration.ofSeconds(60), Clock.systemUTC()).read(new ByteArrayInputStream(new byte[5000])));
        assertEquals(413, tooLarge.status());
    }

    @Test
    void aTricklingBodyIsCutOffAtTheDeadline() {
        AgentRequestException slow = assertThrows(AgentRequestException.class,
                () -> new BodyReader(1000, Duration.ofSeconds(60), new SlowClock()).read(trickle(100)));
        assertEquals(408, slow.status());
        assertEquals("request_timeout", slow.code());
    }

    @Test
    void aBodyCutOffByTheClientIsMalformed() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Early EOF");
            }
        };
        assertEquals(400, assertThrows(AgentRequestException.class,
                () -> new BodyReader(1000, Duration.ofSeconds(60), Clock.systemUTC()).read(broken)).status());
    }
}
