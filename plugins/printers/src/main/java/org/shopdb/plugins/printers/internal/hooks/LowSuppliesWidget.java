package org.shopdb.plugins.printers.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.printers.internal.supplies.PrinterSupplies;
import org.shopdb.plugins.printers.internal.supplies.PrinterSupplies.LowSupply;

/**
 * Dashboard: supplies of active printers below {@value #THRESHOLD_PERCENT} %, emptiest first —
 * what to order or swap next. At 15 % a typical toner cartridge still prints a few hundred
 * pages: time enough to fetch one from the store. Supplies whose level the device does not
 * know are left out. One query per dashboard.
 */
@Component(service = DashboardWidget.class)
public class LowSuppliesWidget implements DashboardWidget {

    static final int THRESHOLD_PERCENT = 15;
    static final int MAX_ROWS = 20;
    static final List<String> COLUMNS = List.of("assetid", "assetnumber", "name", "supply", "levelpercent");

    private final PrinterSupplies supplies;

    @Activate
    public LowSuppliesWidget(@Reference PrinterSupplies supplies) {
        this.supplies = supplies;
    }

    @Override
    public String id() {
        return "printers-low-supplies";
    }

    @Override
    public String title() {
        return "Printer supplies below " + THRESHOLD_PERCENT + " %";
    }

    @Override
    public int order() {
        return 44;
    }

    @Override
    public WidgetData data() {
        return table(supplies.below(THRESHOLD_PERCENT, MAX_ROWS));
    }

    static WidgetData.Table table(List<LowSupply> low) {
        return new WidgetData.Table(COLUMNS, low.stream().map(row -> List.<Object>of(row.assetId(), row.assetNumber(), row.name(),
                row.supply().label(), row.supply().levelPercent())).toList());
    }
}
