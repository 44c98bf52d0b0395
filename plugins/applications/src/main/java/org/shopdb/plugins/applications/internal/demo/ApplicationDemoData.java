package org.shopdb.plugins.applications.internal.demo;

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
 * The software of the demo site's PCs (the computers plugin's demo PCs {@code pc-demo-001}…, loaded
 * before), as a PC inventory reports it: every PC has an archiver, a browser and a PDF reader,
 * in a few versions (some PCs were left behind by updates); then, by profile, DNC and remote
 * support tools, measuring software, CAD/CAM, or office software.
 */
@Component(service = DemoData.class)
public class ApplicationDemoData implements DemoData {

    /** name, vendor, version: one of each list is installed */
    private static final List<List<String[]>> EVERY_PC = List.of(
            List.of(new String[] {"7-Zip 23.01 (x64)", "Igor Pavlov", "23.01"}, new String[] {"7-Zip 23.01 (x64)", "Igor Pavlov", "23.01"},
                    new String[] {"7-Zip 19.00 (x64)", "Igor Pavlov", "19.00"}, new String[] {"7-Zip 9.20", "Igor Pavlov", "9.20"}),
            List.of(new String[] {"Google Chrome", "Google LLC", "131.0.6778.86"}, new String[] {"Google Chrome", "Google LLC", "131.0.6778.86"},
                    new String[] {"Google Chrome", "Google LLC", "120.0.6099.130"}, new String[] {"Google Chrome", "Google LLC", "109.0.5414.120"}),
            List.of(new String[] {"Adobe Acrobat Reader (64-bit)", "Adobe", "24.005.20320"},
                    new String[] {"Adobe Acrobat Reader DC", "Adobe Systems Incorporated", "23.008.20470"}));
    private static final List<List<String[]>> PROFILES = List.of(
            List.of(new String[] {"CIMCO Edit 2024", "CIMCO A/S", "24.01.18"}, new String[] {"TeamViewer Host", "TeamViewer", "15.60.3"},
                    new String[] {"Heidenhain TNCremo", "DR. JOHANNES HEIDENHAIN GmbH", "3.3.4"}),
            List.of(new String[] {"ZEISS CALYPSO", "Carl Zeiss Industrielle Messtechnik GmbH", "8.0.14"},
                    new String[] {"TeamViewer Host", "TeamViewer", "15.48.5"}),
            List.of(new String[] {"Siemens NX", "Siemens", "2306.4000"}, new String[] {"Autodesk AutoCAD 2024", "Autodesk, Inc.", "24.3.61.0"},
                    new String[] {"Notepad++ (64-bit x64)", "Notepad++ Team", "8.6.2"}),
            List.of(new String[] {"Microsoft 365 Apps for enterprise - en-us", "Microsoft Corporation", "16.0.17928.20156"},
                    new String[] {"Mozilla Firefox (x64 en-US)", "Mozilla", "128.5.0"}));
    private static final String[] INSTALL_DATES = {"2024-03-11", "2025-01-20", "2025-09-02", "2026-02-16"};

    @Override
    public String collector() {
        return "applications";
    }

    /** After the computers (10), whose PCs the records name. */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed() ^ 0xA991CA7EL);
        return IntStream.range(0, count).mapToObj(i -> software(i, random)).toList();
    }

    private static Map<String, Object> software(int i, Random random) {
        List<Map<String, Object>> software = new ArrayList<>();
        for (List<String[]> choices : EVERY_PC) {
            software.add(program(choices.get(random.nextInt(choices.size())), random));
        }
        for (String[] program : PROFILES.get(random.nextInt(PROFILES.size()))) {
            software.add(program(program, random));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("hostname", String.format("pc-demo-%03d", i + 1));
        record.put("complete", true);
        record.put("software", software);
        return record;
    }

    private static Map<String, Object> program(String[] program, Random random) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", program[0]);
        entry.put("vendor", program[1]);
        entry.put("version", program[2]);
        entry.put("installdate", INSTALL_DATES[random.nextInt(INSTALL_DATES.length)]);
        return entry;
    }
}
