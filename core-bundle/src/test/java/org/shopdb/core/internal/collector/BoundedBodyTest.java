package org.shopdb.core.internal.collector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void readsUpToTheLimit() throws Exception {
        byte[] body = new byte[100_000];
        body[99_999] = 7;
        assertArrayEquals(body, BoundedBody.read(new ByteArrayInputStream(body), 100_000));
        assertEquals(0, BoundedBody.read(null, 10).length);
    }

    @Test
    void oneByteMoreIsTooLarge() {
        assertThrows(BodyTooLargeException.class, () -> BoundedBody.read(new ByteArrayInputStream(new byte[100_001]), 100_000));
    }
}
