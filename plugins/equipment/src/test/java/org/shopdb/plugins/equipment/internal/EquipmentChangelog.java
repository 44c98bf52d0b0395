package org.shopdb.plugins.equipment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.shopdb.testkit.ChangelogSchema;

/** The plugin's changelog as the contract test kit reads it, for tests comparing it with the family and the hooks. */
public final class EquipmentChangelog {

    private EquipmentChangelog() {
    }

    public static ChangelogSchema read() {
        return ChangelogSchema.read("db/shopdb-equipment.xml", EquipmentChangelog::resource);
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = EquipmentChangelog.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
