package org.shopdb.plugins.printers.internal.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.family.Times;
import org.shopdb.plugins.printers.internal.PrinterStatus;
import org.shopdb.plugins.printers.internal.supplies.Supply;

/**
 * The part of a collector record that says how a printer is doing, as opposed to what it is:
 * status and the device's message, page counter, supplies, and when it was polled.
 *
 * @param status     {@code null}: the record says nothing about the status (it keeps the one it had)
 * @param message    the device's message with {@code status}
 * @param pageCount  {@code null}: not reported
 * @param supplies   {@code null}: not reported (the printer keeps its list); empty: the printer has none
 * @param reportedAt when the poller asked the printer
 */
public record PrinterReport(PrinterStatus status, String message, Long pageCount, List<Supply> supplies, Instant reportedAt) {

    /** The record fields of a report; the others describe the printer itself. */
    public static final Set<String> FIELDS = Set.of("printerstatus", "statusmessage", "pagecount", "supplies", "reportedat");

    /**
     * @param now the arrival time: the report's time when the record gives none
     * @throws ValidationException naming the field, for a time in the future or values the schema let through but the plugin cannot use
     */
    public static PrinterReport of(Map<String, Object> record, Instant now) {
        Instant reportedAt = Times.reported("reportedat", record.get("reportedat"), now);
        Object code = record.get("printerstatus");
        PrinterStatus status = code == null ? null : PrinterStatus.of(code.toString()).orElseThrow(() -> ValidationException.of("printerstatus",
                "must be one of idle, printing, warning, error, offline"));
        Object message = record.get("statusmessage");
        String text = message == null || message.toString().isBlank() ? null : message.toString().trim();
        Object pages = record.get("pagecount");
        return new PrinterReport(status, text, pages == null ? null : ((Number) pages).longValue(), supplies(record.get("supplies")), reportedAt);
    }

    public boolean hasStatus() {
        return status != null;
    }

    /** The record is valid against the collector's schema: {@code supplies} is a list of objects. */
    @SuppressWarnings("unchecked")
    private static List<Supply> supplies(Object reported) {
        if (reported == null) {
            return null;
        }
        List<Supply> supplies = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<?> items = (List<?>) reported;
        for (int i = 0; i < items.size(); i++) {
            try {
                supplies.add(Supply.of((Map<String, ?>) items.get(i)));
            } catch (ValidationException wrong) {
                int index = i;
                wrong.errors().forEach(error -> errors.add(new FieldError("supplies[" + index + "]." + error.field(), error.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(supplies);
    }
}
