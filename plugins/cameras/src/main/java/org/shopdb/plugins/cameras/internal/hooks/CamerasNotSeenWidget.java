package org.shopdb.plugins.cameras.internal.hooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.ColumnFilter;
import org.shopdb.api.family.FamilyItem;
import org.shopdb.api.family.FamilyQuery;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CameraStore;

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

    private final FamilyStore<CameraFields> cameras;
    private final Clock clock;

    @Activate
    public CamerasNotSeenWidget(@Reference CameraStore cameras) {
        this(cameras.store(), Clock.systemUTC());
    }

    CamerasNotSeenWidget(FamilyStore<CameraFields> cameras, Clock clock) {
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
        return table(cameras.list(query(clock.instant())).items());
    }

    /** Seen before the cutoff ({@code lastseen < cutoff} leaves the never seen out), longest silent first. */
    static FamilyQuery query(Instant now) {
        return new FamilyQuery(null, null, null, null, null, List.of(new ColumnFilter("lastseen", ColumnFilter.Comparison.LESS, now.minus(SILENCE))),
                new PageRequest(1, MAX_ROWS, "lastseen"));
    }

    static WidgetData.Table table(List<FamilyItem<CameraFields>> unseen) {
        return new WidgetData.Table(COLUMNS, unseen.stream().map(camera -> List.<Object>of(camera.assetId(), camera.asset().assetNumber(),
                camera.asset().name(), camera.fields().lastSeen().toString())).toList());
    }
}
