package org.shopdb.plugins.printers.internal.supplies;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.shopdb.api.family.RecordFields;

/**
 * One supply of a printer as a status poller reports it (Printer-MIB {@code prtMarkerSupplies*}).
 * JSON and column names are the components in lower case ({@code levelpercent}).
 *
 * @param supplyKind   toner, ink, drum, developer, fuser, transferunit, waste, ribbon, labels, staples, maintenancekit or other
 * @param colour       the colorant, e.g. {@code black}, {@code cyan}; none for a fuser or drum
 * @param description  the device's name for it, e.g. {@code Black Cartridge HP CF259A}
 * @param levelPercent 0 to 100; {@code null}: the device does not know. For a waste container, the space left
 * @param capacity     what a full one holds, in {@code capacityUnit}
 * @param capacityUnit e.g. {@code pages}, {@code impressions}, {@code ml}
 */
public record Supply(String supplyKind, String colour, String description, Integer levelPercent, Integer capacity,
        String capacityUnit) {

    /** Reads a supply from JSON values (numbers of any kind, text trimmed, blank as none). */
    public static Supply of(Map<String, ?> values) {
        return RecordFields.read(Supply.class, values);
    }

    /** What tells the supplies of one printer apart from report to report: kind, colour and description, ignoring case. */
    public Key key() {
        return new Key(supplyKind, lower(colour), lower(description));
    }

    /** How a person names it: its description, else its colour and kind ({@code black toner}). */
    public String label() {
        if (description != null) {
            return description;
        }
        return colour == null ? supplyKind : colour + " " + supplyKind;
    }

    public Map<String, Object> byName() {
        return RecordFields.byName(this);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public record Key(String supplyKind, String colour, String description) {
        public Key {
            Objects.requireNonNull(supplyKind, "supplyKind");
        }
    }
}
