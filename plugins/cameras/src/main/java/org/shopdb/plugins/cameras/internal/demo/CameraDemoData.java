package org.shopdb.plugins.cameras.internal.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.DemoData;
import org.shopdb.api.plugin.DemoSite;

/**
 * Cameras of the demo site, as a discovery script would report them: fixed domes over the
 * cells, a few PTZ cameras, three vendors with their models and firmware, two recording servers.
 */
@Component(service = DemoData.class)
public class CameraDemoData implements DemoData {

    private static final List<String[]> MODELS = List.of(
            new String[] {"Axis", "P3265-LVE", "10.12.1", "AC:CC:8E"},
            new String[] {"Axis", "Q6135-LE", "10.12.1", "AC:CC:8E"},
            new String[] {"Bosch", "FLEXIDOME IP 5000i", "7.80.0128", "00:07:5F"},
            new String[] {"Hanwha", "XNV-8080R", "2.21.01", "00:16:6C"});

    @Override
    public String collector() {
        return "cameras";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed() ^ 0xCA3E7A5L);
        return IntStream.range(0, count).mapToObj(i -> camera(i, site.location(i), random)).toList();
    }

    private static Map<String, Object> camera(int i, Long location, Random random) {
        String[] model = MODELS.get(random.nextInt(MODELS.size()));
        String ip = "10.40." + (i / 200) + "." + (10 + i % 200);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("macaddress", String.format("%s:%02X:%02X:%02X", model[3], 0x40, i / 256, i % 256));
        record.put("ipaddress", ip);
        record.put("hostname", String.format("cam-demo-%03d", i + 1));
        record.put("assetnumber", String.format("CAM-DEMO-%03d", i + 1));
        if (location != null) {
            record.put("locationid", location);
        }
        record.put("streamurl", "rtsp://" + ip + "/stream1");
        record.put("vendor", model[0]);
        record.put("model", model[1]);
        record.put("firmware", model[2]);
        record.put("resolution", random.nextInt(4) == 0 ? "3840x2160" : "1920x1080");
        record.put("fps", random.nextBoolean() ? 25L : 15L);
        record.put("recordingserver", i % 2 == 0 ? "nvr-demo-1" : "nvr-demo-2");
        record.put("poeport", String.format("SW-DEMO-%02d Gi1/0/%d", 1 + i / 24, 1 + i % 24));
        return record;
    }
}
