package org.shopdb.plugins.agents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test inventories under src/test/resources/inventories. */
public final class Resources {

    private Resources() {
    }

    public static byte[] inventory(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/inventories/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test inventory " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
