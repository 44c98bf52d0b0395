package org.shopdb.plugins.printers.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.printers.internal.PrinterStatus;
import org.shopdb.plugins.printers.internal.supplies.Supply;

class PrinterReportTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00.400Z");

    @Test
    void aFullRecordIsReadAsJsonArrivesNumbersAsLong() {
        Map<String, Object> supply = new HashMap<>(Map.of("supplykind", "toner", "colour", "black", "description", " Black Toner ",
                "levelpercent", 12L, "capacity", 3000L, "capacityunit", "pages"));
        PrinterReport report = PrinterReport.of(Map.of("ipaddress", "10.20.4.31", "printerstatus", "warning", "statusmessage", "Toner low",
                "pagecount", 123456L, "supplies", List.of(supply), "reportedat", "2026-11-25T11:55:00Z"), NOW);
        assertEquals(PrinterStatus.WARNING, report.status());
        assertEquals("Toner low", report.message());
        assertEquals(123456L, report.pageCount());
        assertEquals(List.of(new Supply("toner", "black", "Black Toner", 12, 3000, "pages")), report.supplies());
        assertEquals(Instant.parse("2026-11-25T11:55:00Z"), report.reportedAt());
    }

    @Test
    void whatTheRecordLeavesOutIsNotReportedAndItsTimeIsTheArrival() {
        PrinterReport report = PrinterReport.of(Map.of("ipaddress", "10.20.4.31"), NOW);
        assertTrue(!report.hasStatus());
        assertNull(report.pageCount());
        assertNull(report.supplies(), "no supplies reported: the printer keeps its list");
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), report.reportedAt());
        assertEquals(List.of(), PrinterReport.of(Map.of("ipaddress", "10.20.4.31", "supplies", List.of()), NOW).supplies(),
                "an empty list: the printer has no supplies");
    }

    @Test
    void aSupplyWithoutALevelIsUnknownAndABlankMessageIsNone() {
        Map<String, Object> supply = new HashMap<>();
        supply.put("supplykind", "fuser");
        supply.put("levelpercent", null);
        PrinterReport report = PrinterReport.of(Map.of("ipaddress", "10.20.4.31", "printerstatus", "idle", "statusmessage", "  ",
                "supplies", List.of(supply)), NOW);
        assertNull(report.supplies().get(0).levelPercent());
        assertNull(report.message());
    }

    @Test
    void aReportFromTheFutureOrAnUnknownStatusIsRefusedByField() {
        ValidationException future = assertThrows(ValidationException.class,
                () -> PrinterReport.of(Map.of("ipaddress", "10.20.4.31", "reportedat", "2026-11-26T12:00:00Z"), NOW));
        assertEquals("reportedat", future.errors().get(0).field());
        ValidationException status = assertThrows(ValidationException.class,
                () -> PrinterReport.of(Map.of("ipaddress", "10.20.4.31", "printerstatus", "broken"), NOW));
        assertEquals("printerstatus", status.errors().get(0).field());
    }

    @Test
    void aSupplyValueOfTheWrongTypeIsNamedWithItsPlaceInTheList() {
        Map<String, Object> supply = Map.of("supplykind", "toner", "levelpercent", "half");
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> PrinterReport.of(Map.of("ipaddress", "10.20.4.31", "supplies", List.of(Map.of("supplykind", "ink"), supply)), NOW));
        assertEquals("supplies[1].levelpercent", wrong.errors().get(0).field());
    }
}
