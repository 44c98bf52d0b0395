package org.shopdb.plugins.agents.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.shopdb.plugins.agents.internal.Resources;

class PayloadEncodingTest {

    private static final byte[] XML = Resources.inventory("fusioninventory-debian.xml");

    @Test
    void eachPackingIsRecognisedByItsBytesAndUnpacked() {
        for (PayloadEncoding encoding : PayloadEncoding.values()) {
            byte[] packed = encoding.encode(XML);
            assertEquals(encoding, PayloadEncoding.of(packed, null), encoding.name());
            assertEquals(encoding, PayloadEncoding.of(packed, "application/xml"), "the bytes win over a plain content type");
            assertArrayEquals(XML, PayloadEncoding.of(packed, encoding.contentType("application/xml")).decode(packed, 10_000_000));
        }
        assertTrue(PayloadEncoding.ZLIB.encode(XML).length < XML.length / 3, "zlib packs");
    }

    @Test
    void aBodyDeclaredCompressedThatIsNotIsRefused() {
        AgentRequestException zlib = assertThrows(AgentRequestException.class, () -> PayloadEncoding.of(XML, "application/x-compress-zlib"));
        assertEquals(415, zlib.status());
        assertEquals("The body is declared application/x-compress-zlib but is not zlib data", zlib.getMessage());
        byte[] gzipped = PayloadEncoding.GZIP.encode(XML);
        assertEquals(415, assertThrows(AgentRequestException.class, () -> PayloadEncoding.of(gzipped, "application/x-compress-zlib")).status());
        assertEquals(415, assertThrows(AgentRequestException.class,
                () -> PayloadEncoding.of(PayloadEncoding.ZLIB.encode(XML), "application/x-compress-gzip")).status());
    }

    @Test
    void truncatedDataIsRefusedAsTruncated() {
        for (PayloadEncoding encoding : new PayloadEncoding[] {PayloadEncoding.ZLIB, PayloadEncoding.GZIP}) {
            byte[] packed = encoding.encode(XML);
            byte[] cut = Arrays.copyOf(packed, packed.length / 2);
            AgentRequestException truncated = assertThrows(AgentRequestException.class, () -> encoding.decode(cut, 10_000_000));
            assertEquals(400, truncated.status());
            assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        }
    }

    @Test
    void corruptDataIsRefused() {
        byte[] packed = PayloadEncoding.ZLIB.encode(XML);
        for (int i = 10; i < 40; i++) {
            packed[i] = (byte) 0xFF;
        }
        AgentRequestException corrupt = assertThrows(AgentRequestException.class, () -> PayloadEncoding.ZLIB.decode(packed, 10_000_000));
        assertEquals(400, corrupt.status());
        assertTrue(corrupt.getMessage().startsWith("The zlib body is corrupt"), corrupt.getMessage());
    }

    @Test
    void aSmallBodyThatUnpacksPastTheLimitIsRefusedWhileUnpacking() {
        byte[] zeros = new byte[20 * 1024 * 1024];
        for (PayloadEncoding encoding : new PayloadEncoding[] {PayloadEncoding.ZLIB, PayloadEncoding.GZIP}) {
            byte[] bomb = encoding.encode(zeros);
            assertTrue(bomb.length < 100_000, "a 20 MB body packs small: " + bomb.length);
            AgentRequestException tooLarge = assertThrows(AgentRequestException.class, () -> encoding.decode(bomb, 1024 * 1024));
            assertEquals(413, tooLarge.status());
        }
    }
}
