package org.shopdb.plugins.equipment.internal.hooks;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.equipment.internal.MachineFields;
import org.shopdb.plugins.equipment.internal.MachineStore;

/** Dashboard: how many machines are in each status, every status in its usual order, zeros included. One grouped query. */
@Component(service = DashboardWidget.class)
public class MachinesByStatusWidget implements DashboardWidget {

    private final FamilyStore<MachineFields> machines;

    @Activate
    public MachinesByStatusWidget(@Reference MachineStore machines) {
        this.machines = machines.store();
    }

    @Override
    public String id() {
        return "equipment-by-status";
    }

    @Override
    public String title() {
        return "Machines by status";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public WidgetData data() {
        return machines.statusBreakdown();
    }
}
