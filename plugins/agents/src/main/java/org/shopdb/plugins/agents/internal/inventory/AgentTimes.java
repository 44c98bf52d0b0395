package org.shopdb.plugins.agents.internal.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time notations agents use. Times without an offset are the computer's local
 * time: the inventory's time zone offset ({@code operatingsystem.timezone.offset}, e.g.
 * {@code +0200}) turns them into instants, UTC when the inventory names none.
 */
final class AgentTimes {

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(:\\d{2})?)");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4}).*");

    private AgentTimes() {
    }

    /** An offset such as {@code +0200} or {@code -05:00}; UTC for anything else. */
    static ZoneOffset offset(String text) {
        if (text != null) {
            Matcher matcher = OFFSET.matcher(text.trim());
            if (matcher.matches()) {
                int sign = "-".equals(matcher.group(1)) ? -1 : 1;
                try {
                    return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(matcher.group(2)), sign * Integer.parseInt(matcher.group(3)));
                } catch (java.time.DateTimeException outOfRange) {
                    return ZoneOffset.UTC;
                }
            }
        }
        return ZoneOffset.UTC;
    }

    /** {@code 2026-11-20 06:12:00} in the computer's offset, or an ISO time with its own offset; {@code null} when unreadable. */
    static Instant instant(String text, ZoneOffset localOffset) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            Matcher local = LOCAL_DATE_TIME.matcher(trimmed);
            if (!local.matches()) {
                return null;
            }
            String time = local.group(3) == null ? local.group(2) + ":00" : local.group(2);
            try {
                return LocalDateTime.parse(local.group(1) + "T" + time).toInstant(localOffset);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** {@code 2026-01-12} (GLPI, also with a time after it) or {@code 12/01/2026} (FusionInventory, day first); {@code null} when unreadable. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE.matcher(text.trim());
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1));
            }
            Matcher dayFirst = DAY_FIRST_DATE.matcher(text.trim());
            if (dayFirst.matches()) {
                return LocalDate.parse(dayFirst.group(3) + "-" + dayFirst.group(2) + "-" + dayFirst.group(1));
            }
        } catch (DateTimeParseException unreadable) {
            return null;
        }
        return null;
    }
}
