package org.shopdb.plugins.equipment.internal.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.DemoData;
import org.shopdb.api.plugin.DemoSite;

/**
 * Machines of the demo site, as a machine-data script would report them: lathes, machining
 * centres, grinders, an EDM, CMMs and a robot cell from the usual builders, each with its
 * control, software version and how programs reach it. Numbered {@code M-DEMO-001}, ….
 */
@Component(service = DemoData.class)
public class MachineDemoData implements DemoData {

    /** kind, vendor, model, controller vendor, controller model, software versions seen on such controls, DNC connection. */
    private record Type(String kind, String vendor, String model, String controllerVendor, String controllerModel, List<String> software,
            String dnc) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("machiningcentre", "DMG MORI", "DMU 50 3rd Generation", "siemens", "SINUMERIK ONE", List.of("6.15", "6.20"), "share"),
            new Type("machiningcentre", "HERMLE", "C 42 U", "heidenhain", "TNC 640", List.of("340595 10 SP5", "340595 17 SP1"), "share"),
            new Type("lathe", "Mazak", "QUICK TURN 250MY", "mazak", "MAZATROL SmoothG", List.of("SmoothG 2.4", "SmoothG 3.1"), "mtconnect"),
            new Type("lathe", "Okuma", "GENOS L3000-e", "okuma", "OSP-P300LA", List.of("P300LA 1.21", "P300LA 1.30"), "ftp"),
            new Type("mill", "Haas", "VF-2SS", "haas", "NGC", List.of("100.21.000.1140", "100.24.000.1012"), "ftp"),
            new Type("grinder", "STUDER", "S33", "fanuc", "31i-B", List.of("G421 25.0", "G421 29.0"), "serial"),
            new Type("edm", "GF Machining Solutions", "CUT P 350", "other", "AC CUT HMI", List.of("2.6.1"), "usb"),
            new Type("cmm", "ZEISS", "CONTURA 10/12/6", "other", "C99", List.of("CALYPSO 2023"), "manual"),
            new Type("robot", "FANUC", "M-20iD/25", "fanuc", "R-30iB Plus", List.of("V9.30P/28"), "ftp"),
            new Type("press", "TRUMPF", "TruBend 5130", "other", "TASC 6000", List.of("TASC 6000 V5.2"), "share"));

    @Override
    public String collector() {
        return "equipment";
    }

    /** Before the computers (10): their demo PCs control these machines, which must exist by then. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed() ^ 0xE9017L);
        return IntStream.range(0, count).mapToObj(i -> machine(i, site.location(i), random)).toList();
    }

    private static Map<String, Object> machine(int i, Long location, Random random) {
        Type type = TYPES.get(random.nextInt(TYPES.size()));
        String number = String.format("M-DEMO-%03d", i + 1);
        String ip = "10.30." + (i / 200) + "." + (10 + i % 200);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("machinenumber", number);
        if (location != null) {
            record.put("locationid", location);
        }
        record.put("serialnumber", String.format("%s-%06d", type.vendor().substring(0, 3).toUpperCase(Locale.ROOT), 100000 + random.nextInt(900000)));
        record.put("kind", type.kind());
        record.put("vendor", type.vendor());
        record.put("model", type.model());
        record.put("controllervendor", type.controllerVendor());
        record.put("controllermodel", type.controllerModel());
        record.put("controllersoftware", type.software().get(random.nextInt(type.software().size())));
        record.put("installdate", LocalDate.of(2008 + random.nextInt(17), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
        record.put("dncconnection", type.dnc());
        String address = dncAddress(type.dnc(), number, ip, i);
        if (address != null) {
            record.put("dncaddress", address);
        }
        if (!type.dnc().equals("serial") && !type.dnc().equals("manual") && !type.dnc().equals("usb")) {
            record.put("ipaddress", ip);
            record.put("hostname", number.toLowerCase(Locale.ROOT) + "-nc");
        }
        return record;
    }

    private static String dncAddress(String dnc, String number, String ip, int i) {
        return switch (dnc) {
            case "share" -> "\\\\dnc-demo\\nc-programs\\" + number;
            case "ftp" -> "ftp://" + ip + "/";
            case "mtconnect" -> "http://" + ip + ":5000/";
            case "serial" -> "dnc-demo COM" + (1 + i % 8) + " 9600 7E2";
            default -> null;
        };
    }
}
