package org.shopdb.api.family;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.shopdb.api.error.ValidationException;

/**
 * Times as the platform stores them: UTC wall-clock values in {@code DATETIME} columns, to the
 * second (MySQL's {@code DATETIME} keeps no fractions, so finer values would look changed after
 * every round trip). Entities map {@code LocalDateTime} columns with these.
 */
public final class Times {

    /**
     * How far ahead of the server a script's clock may be: clocks disagree a little; a time
     * further ahead comes from a wrong clock.
     *
     * @since 1.1
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Times() {
    }

    /**
     * When a collector record says something happened ({@code seenat}, {@code reportedat}, …), to
     * the second a column keeps: the record's ISO-8601 value, or {@code now} (the arrival) when
     * it has none.
     *
     * @param field the record's field, named in the error
     * @throws ValidationException naming {@code field} for a value that is no ISO-8601 instant,
     *         or one more than {@link #CLOCK_SKEW} after {@code now}
     * @since 1.1
     */
    public static Instant reported(String field, Object value, Instant now) {
        if (value == null) {
            return stored(now);
        }
        Instant reported = parsed(field, value);
        if (reported.isAfter(now.plus(CLOCK_SKEW))) {
            throw ValidationException.of(field, "is in the future; check the clock of the machine running the script");
        }
        return reported;
    }

    /**
     * A time a record carries, to the second a column keeps, whatever its distance from now (for
     * a collector that decides itself what a time ahead of the server means).
     *
     * @throws ValidationException naming {@code field} for a value that is no ISO-8601 instant
     * @since 1.1
     */
    public static Instant parsed(String field, Object value) {
        try {
            return stored(Instant.parse(String.valueOf(value).trim()));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be an ISO-8601 time such as 2026-11-25T08:00:00Z");
        }
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
