package org.shopdb.plugins.network.internal.hooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.network.internal.NetworkDeviceFamily;
import org.shopdb.plugins.network.internal.NetworkDeviceFields;
import org.shopdb.plugins.network.internal.NetworkDeviceStore;

/**
 * Dashboard: how many devices run each firmware version, most common first — which devices a
 * security advisory concerns, and how far a rollout has come. Wiring closets run none and are
 * left out; devices no one has reported a firmware for count as "not reported".
 */
@Component(service = DashboardWidget.class)
public class DevicesByFirmwareWidget implements DashboardWidget {

    static final String NOT_REPORTED = "not reported";

    private final FamilyStore<NetworkDeviceFields> devices;

    @Activate
    public DevicesByFirmwareWidget(@Reference NetworkDeviceStore devices) {
        this.devices = devices.store();
    }

    @Override
    public String id() {
        return "network-devices-by-firmware";
    }

    @Override
    public String title() {
        return "Network devices by firmware";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public WidgetData data() {
        return breakdown(devices.countBy("firmware"), devices.countBy("devicekind").getOrDefault(NetworkDeviceFamily.CLOSET, 0L));
    }

    /** @param closets closets have no firmware by rule, so they are taken out of the "no firmware" count */
    static WidgetData.Breakdown breakdown(Map<Object, Long> byFirmware, long closets) {
        List<WidgetData.Slice> slices = new ArrayList<>();
        byFirmware.forEach((firmware, count) -> {
            long devicesCounted = firmware == null ? count - closets : count;
            if (devicesCounted > 0) {
                slices.add(new WidgetData.Slice(firmware == null ? NOT_REPORTED : firmware.toString(), devicesCounted));
            }
        });
        slices.sort(Comparator.comparingLong(WidgetData.Slice::value).reversed().thenComparing(WidgetData.Slice::label));
        return new WidgetData.Breakdown(slices);
    }
}
