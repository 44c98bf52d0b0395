package org.shopdb.plugins.cameras.internal.hooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.cameras.internal.CameraRepository;
import org.shopdb.plugins.cameras.internal.UnseenCamera;

/**
 * Dashboard: cameras the discovery collector reported before, but not in the last day —
 * unplugged, moved or dead — longest silent first. Cameras no collector ever reported are
 * left out: on a site without a discovery script every camera would be listed.
 */
@Component(service = DashboardWidget.class)
public class CamerasNotSeenWidget implements DashboardWidget {

    static final Duration SILENCE = Duration.ofDays(1);
    static final int MAX_ROWS = 20;
    static final List<String> COLUMNS = List.of("assetid", "assetnumber", "name", "lastseen");

    private final CameraRepository cameras;
    private final Clock clock;

    @Activate
    public CamerasNotSeenWidget(@Reference CameraRepository cameras) {
        this(cameras, Clock.systemUTC());
    }

    CamerasNotSeenWidget(CameraRepository cameras, Clock clock) {
        this.cameras = cameras;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "cameras-not-seen";
    }

    @Override
    public String title() {
        return "Cameras not seen for a day";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public WidgetData data() {
        return table(cameras.seenOnlyBefore(cutoff(clock.instant()), MAX_ROWS));
    }

    static Instant cutoff(Instant now) {
        return now.minus(SILENCE);
    }

    static WidgetData.Table table(List<UnseenCamera> unseen) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnseenCamera camera : unseen) {
            rows.add(List.of(camera.assetId(), camera.assetNumber(), camera.name(), camera.lastSeen().toString()));
        }
        return new WidgetData.Table(COLUMNS, rows);
    }
}
