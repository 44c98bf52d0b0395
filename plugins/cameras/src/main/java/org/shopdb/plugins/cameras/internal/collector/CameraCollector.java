package org.shopdb.plugins.cameras.internal.collector;

import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CameraStore;

/**
 * {@code POST /api/collector/cameras}: what a camera discovery script found, upserted by MAC
 * address. The MAC is the natural key because a script sees it (ARP, ONVIF, the switch's
 * table) before anyone has assigned an asset number, and it survives DHCP and re-flashing.
 * Fields a record leaves out keep their values, so an operator's own entries (recording
 * server, PoE port, …) survive the next run. A record that changes nothing answers
 * {@code UNCHANGED} and writes no audit row; it only moves the camera's {@code lastseen} forward.
 */
@Component(service = Collector.class)
public class CameraCollector implements Collector {

    static final String NAME = "cameras";
    static final String SCHEMA = "/schema/cameras-collector.json";
    private static final String SEEN_AT = "seenat";

    private final FamilyStore<CameraFields> cameras;
    private final Clock clock;

    @Activate
    public CameraCollector(@Reference CameraStore cameras) {
        this(cameras.store(), Clock.systemUTC());
    }

    CameraCollector(FamilyStore<CameraFields> cameras, Clock clock) {
        this.cameras = cameras;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URL recordSchema() {
        return CameraCollector.class.getResource(SCHEMA);
    }

    @Override
    public List<String> naturalKey() {
        return List.of("macaddress");
    }

    @Override
    public CollectorOutcome ingest(Actor actor, Map<String, Object> record) {
        Instant seen = seenAt(record.get(SEEN_AT));
        Map<String, Object> reported = new LinkedHashMap<>(record);
        reported.remove(SEEN_AT);
        String mac = NetworkIdentifiers.mac(String.valueOf(record.get("macaddress")));
        CollectorOutcome outcome = cameras.upsert(actor, cameras.findId(Lookup.macAddress(mac)), reported, firstSeen(record, mac));
        cameras.touch(outcome.assetId(), "lastseen", seen);
        return outcome;
    }

    /** A camera first seen is numbered {@code CAM-} and its MAC's digits, and named by vendor, model and MAC, unless the record says. */
    static Map<String, Object> firstSeen(Map<String, Object> record, String mac) {
        String label = Stream.of(record.get("vendor"), record.get("model"), mac).filter(value -> value != null)
                .map(Object::toString).collect(Collectors.joining(" "));
        return Map.of("assetnumber", "CAM-" + mac.replace(":", ""), "name", label);
    }

    /** When the record says the camera was seen, to the second the column keeps; the arrival time when it does not say. */
    Instant seenAt(Object reported) {
        return Times.reported(SEEN_AT, reported, clock.instant());
    }
}
