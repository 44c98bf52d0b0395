package org.shopdb.plugins.computers.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.plugin.DemoData;
import org.shopdb.api.plugin.DemoSite;

/**
 * The PCs of the demo site as a PC inventory reports them: machine controller PCs (industrial
 * PCs, some still on Windows 7), CMM PCs, shop-floor kiosks, engineering workstations, office
 * PCs and a few servers, each with its network address. One PC in twenty was last inventoried
 * months ago, so the "not inventoried" widget has something to show. The n-th machine
 * controller or CMM PC {@code controls} the equipment plugin's n-th demo machine
 * ({@value #MACHINE}), when the demo has loaded it (equipment's demo data comes first).
 */
@Component(service = DemoData.class)
public class ComputerDemoData implements DemoData {

    /** The equipment plugin's demo machines' asset numbers. */
    static final String MACHINE = "M-DEMO-%03d";
    private static final Set<String> CONTROLLING_ROLES = Set.of("machinecontroller", "cmm");

    private final AssetService assets;

    @Activate
    public ComputerDemoData(@Reference AssetService assets) {
        this.assets = assets;
    }

    /** role, OS name, OS version, OS build, manufacturer, model, CPU, cores, memory MB, disk GB, MAC prefix */
    private static final List<Object[]> KINDS = List.of(
            new Object[] {"machinecontroller", "Microsoft Windows 10 IoT Enterprise LTSC 2021", "10.0.19044", "19044.4651", "Siemens AG",
                "SIMATIC IPC427E", "Intel(R) Core(TM) i5-6442EQ CPU @ 1.90GHz", 4, 8192, 240, "00:1B:1B"},
            new Object[] {"machinecontroller", "Microsoft Windows 7 Professional", "6.1.7601", "7601.24214", "Beckhoff Automation",
                "C6920-0050", "Intel(R) Core(TM) i7-4700EQ CPU @ 2.40GHz", 4, 4096, 120, "00:01:05"},
            new Object[] {"machinecontroller", "Microsoft Windows 10 Enterprise LTSC", "10.0.17763", "17763.5458", "Dell Inc.",
                "OptiPlex XE4", "Intel(R) Core(TM) i5-12500 CPU @ 3.00GHz", 6, 16384, 512, "B0:7B:25"},
            new Object[] {"cmm", "Microsoft Windows 10 Enterprise LTSC", "10.0.17763", "17763.5458", "HP",
                "Z2 Tower G5 Workstation", "Intel(R) Xeon(R) W-1250 CPU @ 3.30GHz", 6, 32768, 1024, "3C:52:82"},
            new Object[] {"kiosk", "Microsoft Windows 11 IoT Enterprise LTSC", "10.0.26100", "26100.2454", "Advantech",
                "PPC-3150S", "Intel(R) Celeron(R) J1900 CPU @ 1.99GHz", 4, 8192, 128, "74:FE:48"},
            new Object[] {"engineering", "Microsoft Windows 11 Enterprise", "10.0.22631", "22631.4460", "Lenovo",
                "ThinkStation P360", "Intel(R) Core(TM) i7-12700 CPU @ 2.10GHz", 12, 65536, 2048, "F4:A8:0D"},
            new Object[] {"office", "Microsoft Windows 11 Enterprise", "10.0.22631", "22631.4460", "Dell Inc.",
                "OptiPlex 7010", "Intel(R) Core(TM) i5-13500 CPU @ 2.50GHz", 14, 16384, 512, "B0:7B:25"},
            new Object[] {"server", "Microsoft Windows Server 2022 Standard", "10.0.20348", "20348.2849", "Dell Inc.",
                "PowerEdge R650xs", "Intel(R) Xeon(R) Silver 4310 CPU @ 2.10GHz", 24, 131072, 3840, "B0:7B:25"});
    private static final String[] USERS = {"operator", "setter", "qa", "engineer", "planner"};
    private static final Instant BOOTED_AROUND = Instant.parse("2026-11-02T05:30:00Z");
    private static final Instant SILENT_SINCE = Instant.parse("2026-03-16T07:00:00Z");

    @Override
    public String collector() {
        return "computers";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed() ^ 0xC0A1E7E5L);
        return IntStream.range(0, count).mapToObj(i -> computer(i, site.location(i), random, this::demoMachine)).toList();
    }

    /** The asset number of the demo machine a PC controls, when the demo has it. */
    private Optional<String> demoMachine(int i) {
        String number = String.format(MACHINE, i + 1);
        return assets.findByNumber(number).map(machine -> number);
    }

    static Map<String, Object> computer(int i, Long location, Random random, IntFunction<Optional<String>> machine) {
        Object[] kind = KINDS.get(random.nextInt(KINDS.size()));
        String hostname = String.format("pc-demo-%03d", i + 1);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("hostname", hostname);
        record.put("hardwareuuid", String.format("4C4C4544-%04X-%04X-8052-%012X", i / 65536, i % 65536, 0xDE30000L + i));
        record.put("serialnumber", String.format("DEMO%06d", i + 1));
        record.put("assetnumber", String.format("PC-DEMO-%03d", i + 1));
        record.put("name", describe((String) kind[0], i + 1));
        if (location != null) {
            record.put("locationid", location);
        }
        record.put("role", kind[0]);
        record.put("domain", "plant.example.com");
        record.put("osname", kind[1]);
        record.put("osversion", kind[2]);
        record.put("osbuild", kind[3]);
        record.put("manufacturer", kind[4]);
        record.put("model", kind[5]);
        record.put("cpu", kind[6]);
        record.put("cpucores", ((Integer) kind[7]).longValue());
        record.put("memorymb", ((Integer) kind[8]).longValue());
        record.put("diskgb", ((Integer) kind[9]).longValue());
        record.put("lastuser", "PLANT\\" + USERS[random.nextInt(USERS.length)] + String.format("%02d", 1 + random.nextInt(40)));
        record.put("lastboot", BOOTED_AROUND.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20))).toString());
        if (i % 20 == 19) {
            record.put("inventoriedat", SILENT_SINCE.plus(Duration.ofDays(i % 60)).toString());
        }
        if (CONTROLLING_ROLES.contains((String) kind[0])) {
            machine.apply(i).ifPresent(number -> record.put("controls", List.of(number)));
        }
        record.put("addresses", List.of(Map.of("ipaddress", "10.31." + (i / 200) + "." + (10 + i % 200),
                "macaddress", String.format("%s:%02X:%02X:%02X", kind[10], 0x30, i / 256, i % 256),
                "hostname", hostname + ".plant.example.com")));
        return record;
    }

    private static String describe(String role, int number) {
        String what = switch (role) {
            case "machinecontroller" -> "Machine controller PC";
            case "cmm" -> "CMM PC";
            case "kiosk" -> "Shop-floor kiosk";
            case "engineering" -> "Engineering workstation";
            case "office" -> "Office PC";
            case "server" -> "Server";
            default -> "PC";
        };
        return what + " " + number;
    }
}
