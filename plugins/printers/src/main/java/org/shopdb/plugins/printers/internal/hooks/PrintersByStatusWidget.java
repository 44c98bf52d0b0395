package org.shopdb.plugins.printers.internal.hooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.PrinterStatus;
import org.shopdb.plugins.printers.internal.PrinterStore;

/** Dashboard: how many printers last reported each status, every status shown (zeros too), and those never reported. One grouped query. */
@Component(service = DashboardWidget.class)
public class PrintersByStatusWidget implements DashboardWidget {

    static final String NOT_REPORTED = "not reported";

    private final FamilyStore<PrinterFields> printers;

    @Activate
    public PrintersByStatusWidget(@Reference PrinterStore printers) {
        this.printers = printers.store();
    }

    @Override
    public String id() {
        return "printers-by-status";
    }

    @Override
    public String title() {
        return "Printers by reported status";
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public WidgetData data() {
        return breakdown(printers.countBy("printerstatus"));
    }

    static WidgetData.Breakdown breakdown(Map<Object, Long> countByStatus) {
        List<WidgetData.Slice> slices = new ArrayList<>();
        for (PrinterStatus status : PrinterStatus.values()) {
            slices.add(new WidgetData.Slice(status.code(), countByStatus.getOrDefault(status.code(), 0L)));
        }
        slices.add(new WidgetData.Slice(NOT_REPORTED, countByStatus.getOrDefault(null, 0L)));
        return new WidgetData.Breakdown(slices);
    }
}
