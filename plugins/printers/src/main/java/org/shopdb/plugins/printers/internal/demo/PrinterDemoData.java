package org.shopdb.plugins.printers.internal.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.DemoData;
import org.shopdb.api.plugin.DemoSite;

/**
 * Printers of the demo site as a status poller reports them: office lasers and multifunction
 * devices, label printers at the lines and in shipping, a plotter in engineering; most idle,
 * some printing, a few with a warning, a jam or not answering; supplies at every level.
 */
@Component(service = DemoData.class)
public class PrinterDemoData implements DemoData {

    /** A model the site runs, with what a poller reads from it. */
    private record Model(String vendor, String model, String kind, boolean colour, boolean duplex, String driver, String oui,
            List<String[]> supplies) {
    }

    private static final List<String[]> CMYK_TONER = List.of(
            new String[] {"toner", "black", "Black Toner"}, new String[] {"toner", "cyan", "Cyan Toner"},
            new String[] {"toner", "magenta", "Magenta Toner"}, new String[] {"toner", "yellow", "Yellow Toner"});

    private static final List<Model> MODELS = List.of(
            new Model("HP", "LaserJet Enterprise M507dn", "laser", false, true, "HP Universal Printing PCL 6", "3C:D9:2B",
                    List.<String[]>of(new String[] {"toner", "black", "Black Cartridge HP 89A CF289A"})),
            new Model("HP", "Color LaserJet Enterprise M555dn", "laser", true, true, "HP Universal Printing PCL 6", "3C:D9:2B", CMYK_TONER),
            new Model("Kyocera", "TASKalfa 3253ci", "multifunction", true, true, "Kyocera TASKalfa 3253ci KX", "00:C0:EE",
                    List.of(CMYK_TONER.get(0), CMYK_TONER.get(1), CMYK_TONER.get(2), CMYK_TONER.get(3),
                            new String[] {"waste", null, "Waste Toner Box WT-8500"})),
            new Model("Zebra", "ZT410", "label", false, false, "ZDesigner ZT410-203dpi ZPL", "00:07:4D",
                    List.<String[]>of(new String[] {"ribbon", "black", "Ribbon"}, new String[] {"labels", null, "Labels 100x150 mm"})),
            new Model("Zebra", "ZD421", "label", false, false, "ZDesigner ZD421-203dpi ZPL", "00:07:4D",
                    List.<String[]>of(new String[] {"labels", null, "Labels 57x32 mm"})),
            new Model("HP", "DesignJet T650", "plotter", true, false, "HP DesignJet T650 HPGL2", "3C:D9:2B",
                    List.<String[]>of(new String[] {"ink", "black", "HP 712 Black Ink"}, new String[] {"ink", "cyan", "HP 712 Cyan Ink"},
                            new String[] {"ink", "magenta", "HP 712 Magenta Ink"}, new String[] {"ink", "yellow", "HP 712 Yellow Ink"})),
            new Model("Epson", "WorkForce Pro WF-C5790", "inkjet", true, true, "EPSON WF-C5790 Series", "64:EB:8C",
                    List.<String[]>of(new String[] {"ink", "black", "Black Ink T9451"}, new String[] {"ink", "cyan", "Cyan Ink T9452"},
                            new String[] {"ink", "magenta", "Magenta Ink T9453"}, new String[] {"ink", "yellow", "Yellow Ink T9454"},
                            new String[] {"maintenancekit", null, "Maintenance Box T6716"})));

    @Override
    public String collector() {
        return "printers";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed() ^ 0x9E1A7E55L);
        return IntStream.range(0, count).mapToObj(i -> printer(i, site.location(i), random)).toList();
    }

    private static Map<String, Object> printer(int i, Long location, Random random) {
        Model model = MODELS.get(random.nextInt(MODELS.size()));
        String number = String.format("PRN-DEMO-%03d", i + 1);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ipaddress", "10.50." + (i / 200) + "." + (10 + i % 200));
        record.put("macaddress", String.format("%s:%02X:%02X:%02X", model.oui(), 0x50, i / 256, i % 256));
        record.put("hostname", String.format("prn-demo-%03d", i + 1));
        record.put("assetnumber", number);
        if (location != null) {
            record.put("locationid", location);
        }
        record.put("vendor", model.vendor());
        record.put("model", model.model());
        record.put("kind", model.kind());
        record.put("printqueue", "\\\\ps-demo\\" + number);
        record.put("driver", model.driver());
        record.put("colour", model.colour());
        record.put("duplex", model.duplex());
        int roll = random.nextInt(100);
        if (roll < 3) {
            record.put("printerstatus", "offline");
            return record; // no answer: nothing else to report
        }
        record.put("pagecount", 1_000L + random.nextInt(400_000));
        List<Map<String, Object>> supplies = supplies(model, random);
        record.put("supplies", supplies);
        if (roll < 7) {
            record.put("printerstatus", "error");
            record.put("statusmessage", random.nextBoolean() ? "Paper jam in tray 2" : "Cover open");
        } else if (roll < 15 || supplies.stream().anyMatch(supply -> ((Long) supply.get("levelpercent")) < 5)) {
            record.put("printerstatus", "warning");
            record.put("statusmessage", "Supplies low");
        } else {
            record.put("printerstatus", roll < 25 ? "printing" : "idle");
            record.put("statusmessage", roll < 25 ? "Printing" : "Ready");
        }
        return record;
    }

    private static List<Map<String, Object>> supplies(Model model, Random random) {
        List<Map<String, Object>> supplies = new ArrayList<>();
        for (String[] supply : model.supplies()) {
            Map<String, Object> reported = new LinkedHashMap<>();
            reported.put("supplykind", supply[0]);
            if (supply[1] != null) {
                reported.put("colour", supply[1]);
            }
            reported.put("description", supply[2]);
            reported.put("levelpercent", (long) (random.nextInt(10) == 0 ? random.nextInt(15) : 15 + random.nextInt(86)));
            supplies.add(reported);
        }
        return supplies;
    }
}
