package org.shopdb.plugins.agents.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shopdb.plugins.agents.internal.inventory.DeviceInventory;
import org.shopdb.plugins.agents.internal.inventory.DeviceInventory.Cartridge;
import org.shopdb.plugins.agents.internal.inventory.DevicePort;

/**
 * A printer inventory as a record of the {@code printers} collector
 * (plugins/printers/src/main/resources/schema/printers-collector.json): the printer's identity
 * (the IP address it answered at, its MAC: the printers plugin finds it by them), what it is, its
 * page counter and its supplies. The agent reads no printer status (Printer-MIB
 * {@code hrPrinterStatus} is not in its inventory), so the record carries none and a status
 * poller's report stays as it is.
 */
public final class PrinterRecords {

    /** FusionInventory supply names start with the kind; what follows, for coloured ones, is the colorant. */
    private static final Map<String, String> KINDS = kinds();
    private static final Set<String> COLOURED = Set.of("toner", "ink", "drum", "developer");
    private static final Set<String> COLOURS = Set.of("cyan", "magenta", "yellow");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+)\\s*%?");
    private static final int MAX_SUPPLIES = 64;

    private PrinterRecords() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("WASTETONER", "waste");
        kinds.put("WASTEINK", "waste");
        kinds.put("TONER", "toner");
        kinds.put("CARTRIDGE", "ink");
        kinds.put("DRUM", "drum");
        kinds.put("DEVELOPER", "developer");
        kinds.put("FUSERKIT", "fuser");
        kinds.put("TRANSFERKIT", "transferunit");
        kinds.put("MAINTENANCEKIT", "maintenancekit");
        kinds.put("STAPLES", "staples");
        return kinds;
    }

    /** @throws org.shopdb.api.error.ValidationException when the printer lists no usable address */
    public static Map<String, Object> printer(DeviceInventory printer) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ipaddress", ManagementAddress.of(printer.ips()));
        Texts.put(record, "macaddress", printer.macAddress() != null ? printer.macAddress() : portMac(printer.ports()), 17);
        Texts.put(record, "hostname", printer.name(), 255);
        Texts.put(record, "serialnumber", printer.serialNumber(), 100);
        Texts.put(record, "vendor", printer.manufacturer(), 100);
        Texts.put(record, "model", printer.model(), 100);
        if (printer.pageCount() != null) {
            record.put("pagecount", printer.pageCount());
        }
        if (printer.cartridges() != null) {
            List<Map<String, Object>> supplies = supplies(printer.cartridges());
            record.put("supplies", supplies);
            if (supplies.stream().anyMatch(supply -> supply.get("colour") != null && COLOURS.contains(supply.get("colour")))) {
                record.put("colour", true);
            }
        }
        return record;
    }

    /** The MAC of the printer's network interface when the agent gave no device MAC. */
    private static String portMac(List<DevicePort> ports) {
        return ports.stream().map(DevicePort::macAddress).filter(mac -> mac != null).findFirst().orElse(null);
    }

    private static List<Map<String, Object>> supplies(List<Cartridge> cartridges) {
        List<Map<String, Object>> supplies = new ArrayList<>();
        for (Cartridge cartridge : cartridges) {
            if (supplies.size() == MAX_SUPPLIES) {
                break;
            }
            supplies.add(supply(cartridge));
        }
        return supplies;
    }

    private static Map<String, Object> supply(Cartridge cartridge) {
        String name = cartridge.name();
        String kind = "other";
        String colour = null;
        for (Map.Entry<String, String> prefix : KINDS.entrySet()) {
            if (name.startsWith(prefix.getKey())) {
                kind = prefix.getValue();
                String rest = name.substring(prefix.getKey().length()).toLowerCase(Locale.ROOT);
                colour = COLOURED.contains(kind) && !rest.isEmpty() ? rest : null;
                break;
            }
        }
        Map<String, Object> supply = new LinkedHashMap<>();
        supply.put("supplykind", kind);
        Texts.put(supply, "colour", colour, 50);
        Texts.put(supply, "description", name, 255);
        Integer level = level(cartridge.value());
        if (level != null) {
            supply.put("levelpercent", level);
        }
        return supply;
    }

    /** A percentage; {@code null} for {@code OK}, {@code WARNING} (level unknown to the printer) and amounts with units. */
    private static Integer level(String value) {
        Matcher percent = PERCENT.matcher(value.trim());
        if (!percent.matches()) {
            return null;
        }
        try {
            int level = Integer.parseInt(percent.group(1));
            return level < 0 ? null : Math.min(100, level);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}
