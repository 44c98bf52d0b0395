package org.shopdb.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Names and conversions shared by the core's JPA components. */
public final class CorePersistence {

    /** The core's persistence unit ({@code META-INF/persistence.xml}). */
    public static final String UNIT = "(osgi.unit.name=shopdb-core)";
    /** Target of the core's {@link org.shopdb.api.schema.SchemaReady}. */
    public static final String SCHEMA_READY = "(shopdb.schema.owner=org.shopdb.core)";

    private CorePersistence() {
    }

    /** Times are stored as UTC wall-clock values, the portable choice across H2, MySQL and MariaDB. */
    public static LocalDateTime toColumn(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
