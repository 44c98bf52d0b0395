package org.shopdb.plugins.cameras.internal.collector;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.CollectorOutcome;
import org.shopdb.plugins.cameras.internal.Camera;
import org.shopdb.plugins.cameras.internal.CameraChange;
import org.shopdb.plugins.cameras.internal.CameraRepository;
import org.shopdb.plugins.cameras.internal.CameraService;
import org.shopdb.plugins.cameras.internal.Times;

/**
 * {@code POST /api/collector/cameras}: what a camera discovery script found, upserted by MAC
 * address. The MAC is the natural key because a script sees it (ARP, ONVIF, the switch's
 * table) before anyone has assigned an asset number, and it survives DHCP and re-flashing.
 * A record that changes nothing answers {@code UNCHANGED} and writes no audit row; it only
 * moves the camera's {@code lastseen} forward.
 */
@Component(service = Collector.class)
public class CameraCollector implements Collector {

    static final String NAME = "cameras";
    static final String SCHEMA = "/schema/cameras-collector.json";
    /** Clocks of scripts and server disagree a little; further ahead is a wrong clock. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CameraService cameras;
    private final CameraRepository repository;
    private final Clock clock;

    @Activate
    public CameraCollector(@Reference CameraService cameras, @Reference CameraRepository repository) {
        this(cameras, repository, Clock.systemUTC());
    }

    CameraCollector(CameraService cameras, CameraRepository repository, Clock clock) {
        this.cameras = cameras;
        this.repository = repository;
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
        DiscoveredCamera found = DiscoveredCamera.from(record);
        Instant seen = seenAt(found);
        Optional<NetworkAddress> known = repository.cameraAddressWithMac(found.macAddress());
        if (known.isEmpty()) {
            Camera created = cameras.create(actor, found.toNewCamera());
            repository.recordSeen(created.assetId(), seen);
            return CollectorOutcome.created(created.assetId());
        }
        long assetId = known.get().assetId();
        CameraChange current = cameras.require(assetId).toChange();
        CameraChange wanted = found.applyTo(current);
        repository.recordSeen(assetId, seen);
        if (wanted.equals(current)) {
            return CollectorOutcome.unchanged(assetId);
        }
        cameras.update(actor, assetId, wanted);
        return CollectorOutcome.updated(assetId);
    }

    /** When the record says the camera was seen, to the second the column keeps. */
    Instant seenAt(DiscoveredCamera found) {
        Instant now = clock.instant();
        if (found.seenAt() == null) {
            return Times.stored(now);
        }
        if (found.seenAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ValidationException.of("seenat", "is in the future; check the clock of the machine running the script");
        }
        return Times.stored(found.seenAt());
    }
}
