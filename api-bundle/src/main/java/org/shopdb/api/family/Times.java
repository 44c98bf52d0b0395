package org.shopdb.api.family;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times as the platform stores them: UTC wall-clock values in {@code DATETIME} columns, to the
 * second (MySQL's {@code DATETIME} keeps no fractions, so finer values would look changed after
 * every round trip). Entities map {@code LocalDateTime} columns with these.
 */
public final class Times {

    private Times() {
    }

    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** The instant as a column holds it: whole seconds. */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
