package org.shopdb.plugins.network.internal.demo;

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
 * Network devices of the demo site as a discovery script reports them: one firewall, one core
 * router, access points, and access switches (two vendors, a firmware rollout half done) with
 * their VLANs and ports — endpoints learned on most, uplinks known by their LLDP neighbour, some
 * ports down or disabled. Wiring closets are not discovered, so the demo has none.
 */
@Component(service = DemoData.class)
public class NetworkDemoData implements DemoData {

    private static final int ACCESS_PORTS = 24;
    private static final List<Map<String, Object>> VLANS = List.of(vlan(1, "default"), vlan(10, "office"), vlan(20, "shopfloor"),
            vlan(30, "cameras"), vlan(99, "management"));
    /** Endpoint OUIs: Siemens, Beckhoff, Dell, HP, Axis. */
    private static final List<String> ENDPOINT_OUIS = List.of("00:1B:1B", "00:01:05", "D4:81:D7", "3C:52:82", "AC:CC:8E");

    @Override
    public String collector() {
        return "network";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed() ^ 0x5317C4L);
        return IntStream.range(0, count).mapToObj(i -> device(i, site.location(i), random)).toList();
    }

    private static Map<String, Object> device(int i, Long location, Random random) {
        String[] model = model(i, random);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ipaddress", "10.10." + (i / 200) + "." + (10 + i % 200));
        record.put("macaddress", String.format("%s:%02X:%02X:%02X", model[4], 0x7E, i / 256, i % 256));
        record.put("hostname", String.format("%s-demo-%03d", model[0], i + 1));
        record.put("assetnumber", String.format("NET-DEMO-%03d", i + 1));
        record.put("serialnumber", String.format("%s%07d", model[5], 40000 + i));
        record.put("devicekind", model[1]);
        record.put("vendor", model[2]);
        record.put("model", model[3]);
        record.put("firmware", model[6]);
        if (location != null) {
            record.put("locationid", location);
        }
        if (!"accesspoint".equals(model[1])) {
            record.put("vlans", VLANS);
        }
        record.put("ports", ports(i, model, random));
        return record;
    }

    /** prefix, kind, vendor, model, base-MAC OUI, serial prefix, firmware */
    private static String[] model(int i, Random random) {
        if (i == 0) {
            return new String[] {"fw", "firewall", "Fortinet", "FortiGate 100F", "00:09:0F", "FG100F", "7.2.8"};
        }
        if (i == 1) {
            return new String[] {"rtr", "router", "Cisco", "ISR4331", "00:A3:D1", "FDO", "17.9.4a"};
        }
        if (i % 6 == 5) {
            return new String[] {"ap", "accesspoint", "Aruba", "AP-515", "20:4C:03", "CNR", "8.10.0.10"};
        }
        return random.nextBoolean()
                ? new String[] {"sw", "switch", "Cisco", "C9200-48P", "00:A3:D1", "FOC", random.nextBoolean() ? "17.9.4a" : "17.6.5"}
                : new String[] {"sw", "switch", "HPE Aruba", "2930F-48G", "94:F1:28", "SG", "WC.16.11.0016"};
    }

    private static List<Map<String, Object>> ports(int i, String[] model, Random random) {
        List<Map<String, Object>> ports = new ArrayList<>();
        String uplinkTo = i == 0 ? "isp-edge" : i == 1 ? "fw-demo-001" : "rtr-demo-002";
        switch (model[1]) {
            case "accesspoint" -> ports.add(port("eth0", "uplink", 99, 1000, "up", null, uplinkTo, "Gi0/0/1"));
            case "firewall", "router" -> {
                ports.add(port(model[1].equals("router") ? "Gi0/0/0" : "port1", "uplink", null, 1000, "up", null, uplinkTo, "port1"));
                ports.add(port(model[1].equals("router") ? "Gi0/0/1" : "port2", "site", 99, 1000, "up", null, null, null));
            }
            default -> {
                boolean cisco = "Cisco".equals(model[2]);
                for (int p = 1; p <= ACCESS_PORTS; p++) {
                    String name = cisco ? "Gi1/0/" + p : String.valueOf(p);
                    int roll = random.nextInt(10);
                    if (roll < 7) {
                        String mac = String.format("%s:%02X:%02X:%02X", ENDPOINT_OUIS.get(random.nextInt(ENDPOINT_OUIS.size())), i % 256, p, random.nextInt(256));
                        ports.add(port(name, "cell " + (p + 100 * i), 20, random.nextBoolean() ? 1000 : 100, "up", mac, null, null));
                    } else {
                        ports.add(port(name, null, 20, null, roll < 9 ? "down" : "disabled", null, null, null));
                    }
                }
                ports.add(port(cisco ? "Te1/1/1" : "49", "uplink", 99, 10000, "up", null, uplinkTo, "Gi0/0/1"));
            }
        }
        return ports;
    }

    private static Map<String, Object> port(String name, String description, Integer vlan, Integer speed, String status, String mac,
            String neighbour, String neighbourPort) {
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("portname", name);
        put(port, "description", description);
        put(port, "vlanid", vlan == null ? null : vlan.longValue());
        put(port, "speedmbps", speed == null ? null : speed.longValue());
        port.put("status", status);
        put(port, "connectedmac", mac);
        put(port, "neighbourname", neighbour);
        put(port, "neighbourport", neighbourPort);
        return port;
    }

    private static Map<String, Object> vlan(int id, String name) {
        return Map.of("vlanid", (long) id, "name", name);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
