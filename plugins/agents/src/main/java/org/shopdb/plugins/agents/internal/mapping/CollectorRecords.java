package org.shopdb.plugins.agents.internal.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopdb.api.error.ValidationException;
import org.shopdb.plugins.agents.internal.inventory.ComputerFacts;
import org.shopdb.plugins.agents.internal.inventory.DiscoveredAddress;
import org.shopdb.plugins.agents.internal.inventory.InstalledSoftware;
import org.shopdb.plugins.agents.internal.inventory.Inventory;

/**
 * An inventory as records of the {@code computers} and {@code applications} collectors (the
 * formats agreed between the plugins, docs/plugins/computers.md and applications.md). A value
 * the inventory does not give is left out of the record, so the stored one stays.
 */
public final class CollectorRecords {

    public static final String COMPUTERS = "computers";
    public static final String APPLICATIONS = "applications";
    static final int MAX_TEXT = 255;

    private CollectorRecords() {
    }

    /** The identity the records carry: the inventory's, completed from what the agent reported before. */
    public static KnownIdentity identity(Inventory inventory, KnownIdentity known) {
        ComputerFacts computer = inventory.computer();
        return new KnownIdentity(either(computer.hostname(), known.hostname()), either(computer.hardwareUuid(), known.hardwareUuid()),
                either(computer.serialNumber(), known.serialNumber()));
    }

    /**
     * @throws ValidationException when neither the inventory nor an earlier one names the host
     */
    public static Map<String, Object> computer(Inventory inventory, KnownIdentity identity) {
        return computer(inventory, identity, inventory.computer().lastBoot());
    }

    /**
     * @param lastBoot the boot time to send ({@link BootTime#steady}); {@code null} leaves the stored one
     * @throws ValidationException when neither the inventory nor an earlier one names the host
     */
    public static Map<String, Object> computer(Inventory inventory, KnownIdentity identity, Instant lastBoot) {
        ComputerFacts facts = inventory.computer();
        Map<String, Object> record = identityFields(identity);
        put(record, "domain", facts.domain());
        put(record, "osname", facts.osName());
        put(record, "osversion", facts.osVersion());
        put(record, "osbuild", facts.osBuild());
        put(record, "manufacturer", facts.manufacturer());
        put(record, "model", facts.model());
        put(record, "cpu", facts.cpu());
        put(record, "cpucores", facts.cpuCores());
        put(record, "memorymb", facts.memoryMb());
        put(record, "diskgb", facts.diskGb());
        put(record, "lastuser", facts.lastUser());
        put(record, "lastboot", lastBoot == null ? null : lastBoot.toString());
        put(record, "inventoriedat", inventory.takenAt() == null ? null : inventory.takenAt().toString());
        if (facts.addresses() != null && !facts.addresses().isEmpty()) {
            record.put("addresses", addresses(facts.addresses(), facts.fqdn()));
        }
        return record;
    }

    /** The applications record, {@code complete}: software the inventory does not list is uninstalled. */
    public static Map<String, Object> applications(Inventory inventory, KnownIdentity identity) {
        Map<String, Object> record = identityFields(identity);
        record.put("complete", true);
        List<Map<String, Object>> software = new ArrayList<>();
        for (InstalledSoftware program : inventory.software()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "name", program.name());
            put(entry, "vendor", program.vendor());
            put(entry, "version", program.version());
            put(entry, "installdate", program.installDate() == null ? null : program.installDate().toString());
            software.add(entry);
        }
        record.put("software", software);
        return record;
    }

    private static Map<String, Object> identityFields(KnownIdentity identity) {
        if (identity.hostname() == null) {
            throw ValidationException.of("content.hardware.name", "the inventory names no host (hardware.name or "
                    + "operatingsystem.fqdn), and this agent has sent no inventory that did");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        put(record, "hostname", identity.hostname());
        put(record, "hardwareuuid", identity.hardwareUuid());
        put(record, "serialnumber", identity.serialNumber());
        return record;
    }

    /** The primary address first: the one on an interface with a gateway, else the first listed; the host's FQDN on it. */
    private static List<Map<String, Object>> addresses(List<DiscoveredAddress> discovered, String fqdn) {
        List<DiscoveredAddress> ordered = new ArrayList<>(discovered);
        discovered.stream().filter(DiscoveredAddress::gateway).findFirst().ifPresent(primary -> {
            ordered.remove(primary);
            ordered.add(0, primary);
        });
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (DiscoveredAddress address : ordered) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ipaddress", address.ipAddress());
            put(entry, "macaddress", address.macAddress());
            if (addresses.isEmpty() && fqdn != null && fqdn.contains(".")) {
                put(entry, "hostname", fqdn.toLowerCase(java.util.Locale.ROOT));
            }
            addresses.add(entry);
        }
        return addresses;
    }

    private static void put(Map<String, Object> record, String field, Object value) {
        if (value instanceof String text) {
            record.put(field, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } else if (value != null) {
            record.put(field, value);
        }
    }

    private static String either(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
