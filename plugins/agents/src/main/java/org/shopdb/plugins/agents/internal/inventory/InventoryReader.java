package org.shopdb.plugins.agents.internal.inventory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads an inventory's content (the GLPI inventory format tree: lower-case sections
 * {@code hardware}, {@code operatingsystem}, {@code bios}, {@code cpus}, {@code memories},
 * {@code storages}, {@code networks}, {@code softwares}, …; the OCS XML read into the same
 * shape) into the neutral {@link Inventory}. Which field comes from where is listed in
 * docs/AGENTS.md, "What is mapped where".
 */
public final class InventoryReader {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}");
    private static final String NO_MAC = "00:00:00:00:00:00";
    private static final long MB_PER_GB = 1000;

    private InventoryReader() {
    }

    public static Inventory read(String deviceId, String itemType, boolean partial, JsonNode content) {
        JsonNode hardware = Nodes.first(content.get("hardware"));
        JsonNode os = Nodes.first(content.get("operatingsystem"));
        JsonNode bios = Nodes.first(content.get("bios"));
        ZoneOffset offset = os == null ? ZoneOffset.UTC : AgentTimes.offset(Nodes.text(Nodes.first(os.get("timezone")), "offset"));
        Instant takenAt = AgentTimes.instant(Nodes.text(Nodes.first(content.get("accesslog")), "logdate"), offset);
        ComputerFacts computer = new ComputerFacts(hostname(hardware, os), Nodes.text(os, "fqdn"),
                Nodes.text(os, "dns_domain") != null ? Nodes.text(os, "dns_domain") : Nodes.text(hardware, "workgroup"),
                Placeholders.uuid(Nodes.text(hardware, "uuid")), Placeholders.serial(Nodes.text(bios, "ssn")),
                Nodes.text(bios, "smanufacturer", "mmanufacturer"), Nodes.text(bios, "smodel", "mmodel"),
                Nodes.text(os, "full_name") != null ? Nodes.text(os, "full_name") : Nodes.text(hardware, "osname"),
                Nodes.text(os, "version") != null ? Nodes.text(os, "version") : Nodes.text(hardware, "osversion"),
                Nodes.text(os, "kernel_version"), cpuName(content), cpuCores(content), memoryMb(hardware, content),
                diskGb(content), Placeholders.user(Nodes.text(hardware, "lastloggeduser")), AgentTimes.instant(Nodes.text(os, "boot_time"), offset),
                content.has("networks") ? addresses(content.get("networks")) : null);
        List<InstalledSoftware> software = content.has("softwares") ? software(content.get("softwares")) : null;
        return new Inventory(deviceId, itemType, partial, versionClient(content), takenAt, computer, software);
    }

    private static String versionClient(JsonNode content) {
        JsonNode version = content.get("versionclient");
        return version != null && version.isString() && !version.stringValue().isBlank() ? version.stringValue().trim() : null;
    }

    /** {@code hardware.name}, else the first label of {@code operatingsystem.fqdn}; lower case. */
    private static String hostname(JsonNode hardware, JsonNode os) {
        String name = Nodes.text(hardware, "name");
        if (name == null) {
            String fqdn = Nodes.text(os, "fqdn");
            name = fqdn == null ? null : fqdn.split("\\.", 2)[0];
        }
        return name == null || name.isBlank() ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    private static String cpuName(JsonNode content) {
        return Nodes.list(content.get("cpus")).stream().map(cpu -> Nodes.text(cpu, "name")).filter(name -> name != null)
                .findFirst().orElse(null);
    }

    /** Enabled cores of all processors ({@code core}, else {@code corecount}). */
    private static Long cpuCores(JsonNode content) {
        long cores = 0;
        for (JsonNode cpu : Nodes.list(content.get("cpus"))) {
            Long count = Nodes.number(cpu, "core");
            if (count == null) {
                count = Nodes.number(cpu, "corecount");
            }
            cores += count == null || count < 0 ? 0 : count;
        }
        return cores > 0 ? cores : null;
    }

    /** {@code hardware.memory} (MB), else the memory modules' capacities added up. */
    private static Long memoryMb(JsonNode hardware, JsonNode content) {
        Long memory = Nodes.number(hardware, "memory");
        if (memory != null && memory > 0) {
            return memory;
        }
        long modules = Nodes.list(content.get("memories")).stream().map(module -> Nodes.number(module, "capacity"))
                .filter(capacity -> capacity != null && capacity > 0).mapToLong(Long::longValue).sum();
        return modules > 0 ? modules : null;
    }

    /** The disks' sizes ({@code storages} of type disk or no type; MB) added up, in GB. */
    private static Long diskGb(JsonNode content) {
        long megabytes = 0;
        for (JsonNode storage : Nodes.list(content.get("storages"))) {
            String type = Nodes.text(storage, "type");
            Long size = Nodes.number(storage, "disksize");
            if ((type == null || "disk".equalsIgnoreCase(type)) && size != null && size > 0) {
                megabytes += size;
            }
        }
        return megabytes > 0 ? Math.round((double) megabytes / MB_PER_GB) : null;
    }

    /**
     * The IPv4 addresses worth knowing: not loopback, link-local or unspecified; interfaces the
     * agent marks virtual only when no other interface has one. One entry per address.
     */
    private static List<DiscoveredAddress> addresses(JsonNode networks) {
        Map<String, DiscoveredAddress> byIp = new LinkedHashMap<>();
        for (JsonNode network : Nodes.list(networks)) {
            String ip = Nodes.text(network, "ipaddress");
            if (ip == null || !IPV4.matcher(ip).matches() || ip.startsWith("127.") || ip.startsWith("169.254.") || ip.equals("0.0.0.0")
                    || "loopback".equalsIgnoreCase(Nodes.text(network, "type"))) {
                continue;
            }
            byIp.putIfAbsent(ip, new DiscoveredAddress(Nodes.text(network, "description"), ip, mac(Nodes.text(network, "mac", "macaddr")),
                    Nodes.flag(network, "virtualdev"), Nodes.text(network, "ipgateway") != null));
        }
        List<DiscoveredAddress> physical = byIp.values().stream().filter(address -> !address.virtual()).toList();
        return physical.isEmpty() ? List.copyOf(byIp.values()) : physical;
    }

    private static String mac(String raw) {
        if (raw == null || !MAC.matcher(raw).matches()) {
            return null;
        }
        String mac = raw.replace('-', ':').toUpperCase(Locale.ROOT);
        return NO_MAC.equals(mac) ? null : mac;
    }

    /** One entry per program (name and vendor, ignoring case); the first one listed wins. */
    private static List<InstalledSoftware> software(JsonNode softwares) {
        List<InstalledSoftware> software = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode entry : Nodes.list(softwares)) {
            String name = Nodes.text(entry, "name");
            if (name == null) {
                continue;
            }
            String vendor = Nodes.text(entry, "publisher");
            if (seen.add(name.toLowerCase(Locale.ROOT) + "\u0000" + (vendor == null ? "" : vendor.toLowerCase(Locale.ROOT)))) {
                software.add(new InstalledSoftware(name, vendor, Nodes.text(entry, "version"),
                        AgentTimes.date(Nodes.text(entry, "install_date", "installdate"))));
            }
        }
        return software;
    }
}
