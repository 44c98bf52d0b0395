package org.shopdb.api.family;

import java.time.Clock;
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

    private Times() {
    }

    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** How far ahead of the server a script's clock may be: clocks disagree a little, further ahead is a wrong clock. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * The time a collector record reports (when a camera was seen, a PC inventoried), as a
     * column keeps it: an ISO-8601 instant such as {@code 2026-11-25T08:00:00Z}, or the current
     * time when the record does not say ({@code null}).
     *
     * @param field the record's field, named in the refusal
     * @throws ValidationException naming {@code field} when the value is no ISO-8601 instant, or
     *         lies more than {@link #CLOCK_SKEW} ahead of {@code clock} (the script's clock is wrong)
     * @since 1.1
     */
    public static Instant reported(Object value, String field, Clock clock) {
        Instant now = clock.instant();
        if (value == null) {
            return stored(now);
        }
        Instant reported = parsed(value, field);
        if (reported.isAfter(now.plus(CLOCK_SKEW))) {
            throw ValidationException.of(field, "is in the future; check the clock of the machine running the script");
        }
        return reported;
    }

    /**
     * A time a record carries, as a column keeps it (whole seconds).
     *
     * @throws ValidationException naming {@code field} when the value is no ISO-8601 instant
     * @since 1.1
     */
    public static Instant parsed(Object value, String field) {
        try {
            return stored(Instant.parse(String.valueOf(value).trim()));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be an ISO-8601 time such as 2026-11-25T08:00:00Z");
        }
    }

    /** The instant as a column holds it: whole seconds. */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
