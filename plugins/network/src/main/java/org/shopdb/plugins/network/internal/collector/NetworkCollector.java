package org.shopdb.plugins.network.internal.collector;

import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.Lookup;
import org.shopdb.api.family.Times;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.network.internal.Closets;
import org.shopdb.plugins.network.internal.NetworkDeviceFields;
import org.shopdb.plugins.network.internal.NetworkDeviceStore;
import org.shopdb.plugins.network.internal.port.DeviceRef;
import org.shopdb.plugins.network.internal.port.PortSync;
import org.shopdb.plugins.network.internal.port.VlanSync;

/**
 * {@code POST /api/collector/network}: what a discovery script read from one device — its
 * identity, model and firmware, its VLANs, and its ports with the MAC learned and the LLDP
 * neighbour seen on each (schema/network-collector.json).
 *
 * <p>The natural key is the management IP ({@code ipaddress}), which a script always has (it
 * polled the device there). The device is found by its base MAC first, then its serial number,
 * then its management IP: a device moved to a new management address keeps its asset, ports and
 * history, and a replaced chassis behind the same address takes over its predecessor's asset.
 * Fields a record leaves out keep their values; {@code assetnumber} and {@code name} only count
 * when the device is created. Ports are laid over the stored ones by {@link PortSync} (a full
 * report marks unlisted ports {@code gone}), VLANs made the reported set by {@link VlanSync}.
 * An identical report writes nothing and is {@code UNCHANGED}; it only moves {@code lastseen}.
 */
@Component(service = Collector.class)
public class NetworkCollector implements Collector {

    static final String NAME = "network";
    static final String SCHEMA = "/schema/network-collector.json";
    /** Record fields that are not the device's own: its children and how to read them. */
    private static final Set<String> NOT_DEVICE_FIELDS = Set.of("ports", "vlans", "complete", "seenat", "closet");

    private final FamilyStore<NetworkDeviceFields> devices;
    private final PortSync ports;
    private final VlanSync vlans;
    private final Clock clock;

    @Activate
    public NetworkCollector(@Reference NetworkDeviceStore devices, @Reference PortSync ports, @Reference VlanSync vlans) {
        this(devices.store(), ports, vlans, Clock.systemUTC());
    }

    NetworkCollector(FamilyStore<NetworkDeviceFields> devices, PortSync ports, VlanSync vlans, Clock clock) {
        this.devices = devices;
        this.ports = ports;
        this.vlans = vlans;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return NetworkCollector.class.getResource(SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of("ipaddress");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        Instant seen = Times.reported("seenat", record.get("seenat"), clock.instant());
        Map<String, Object> device = deviceFields(record);
        if (record.get("closet") != null) {
            device.put("closetid", new Closets(devices).byAssetNumber("closet", record.get("closet").toString()));
        }
        CollectorOutcome outcome = devices.upsert(actor, existing(record), device, firstSeen(record));
        DeviceRef ref = new DeviceRef(outcome.assetId(), devices.require(outcome.assetId()).asset().assetNumber());
        boolean children = false;
        if (record.get("vlans") != null) {
            children |= vlans.sync(actor, ref, PortReports.vlans(record.get("vlans")));
        }
        if (record.get("ports") != null) {
            children |= ports.sync(actor, ref, PortReports.ports(record.get("ports")), !Boolean.FALSE.equals(record.get("complete")), seen);
        }
        devices.touch(outcome.assetId(), "lastseen", seen);
        return children && outcome.result() == CollectorOutcome.Result.UNCHANGED ? CollectorOutcome.updated(outcome.assetId()) : outcome;
    }

    /** The device a record describes: by base MAC, else serial number, else management IP; the first that finds one wins. */
    private Optional<Long> existing(Map<String, Object> record) {
        return Stream.of(Lookup.macAddress(text(record.get("macaddress"))), Lookup.serialNumber(text(record.get("serialnumber"))),
                Lookup.ipAddress(text(record.get("ipaddress")))).map(devices::findId).flatMap(Optional::stream).findFirst();
    }

    static Map<String, Object> deviceFields(Map<String, Object> record) {
        Map<String, Object> device = new LinkedHashMap<>(record);
        NOT_DEVICE_FIELDS.forEach(device::remove);
        return device;
    }

    /**
     * A device seen the first time is a switch unless the record says, numbered {@code NET-} and its
     * base MAC's digits (else its management IP), and named by its hostname (else vendor, model and IP).
     */
    static Map<String, Object> firstSeen(Map<String, Object> record) {
        String ip = text(record.get("ipaddress"));
        String mac = text(record.get("macaddress")) == null ? null : NetworkIdentifiers.mac(text(record.get("macaddress")));
        String number = "NET-" + (mac != null ? mac.replace(":", "") : ip.replace('.', '-').replace(':', '-'));
        String name = text(record.get("hostname")) != null ? text(record.get("hostname"))
                : Stream.of(record.get("vendor"), record.get("model"), ip).filter(value -> value != null).map(Object::toString)
                        .collect(Collectors.joining(" "));
        return Map.of("devicekind", "switch", "assetnumber", number, "name", name);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
