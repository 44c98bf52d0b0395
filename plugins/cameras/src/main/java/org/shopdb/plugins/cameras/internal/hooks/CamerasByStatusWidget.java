package org.shopdb.plugins.cameras.internal.hooks;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.plugins.cameras.internal.CameraFields;
import org.shopdb.plugins.cameras.internal.CameraStore;

/** Dashboard: how many cameras are in each status, every status shown in its usual order. */
@Component(service = DashboardWidget.class)
public class CamerasByStatusWidget implements DashboardWidget {

    private final FamilyStore<CameraFields> cameras;
    private final ReferenceDataService referenceData;

    @Activate
    public CamerasByStatusWidget(@Reference CameraStore cameras, @Reference ReferenceDataService referenceData) {
        this.cameras = cameras.store();
        this.referenceData = referenceData;
    }

    @Override
    public String id() {
        return "cameras-by-status";
    }

    @Override
    public String title() {
        return "Cameras by status";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public WidgetData data() {
        return breakdown(referenceData.statuses(), cameras.countBy("status"));
    }

    /** One slice per status, zero where no camera has it, so the bars of a site stay in place. */
    static WidgetData.Breakdown breakdown(List<AssetStatus> statuses, Map<Object, Long> countByStatusCode) {
        return new WidgetData.Breakdown(statuses.stream().sorted(Comparator.comparingInt(AssetStatus::sortOrder))
                .map(status -> new WidgetData.Slice(status.name(), countByStatusCode.getOrDefault(status.code(), 0L)))
                .toList());
    }
}
