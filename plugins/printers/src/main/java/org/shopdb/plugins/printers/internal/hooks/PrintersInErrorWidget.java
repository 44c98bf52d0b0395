package org.shopdb.plugins.printers.internal.hooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.PrinterStatus;
import org.shopdb.plugins.printers.internal.PrinterStore;

/**
 * Dashboard: active printers whose last report said error or offline, longest in that state
 * first, with the device's message. Warnings (toner low, …) are left to the low-supplies
 * widget: a printer in warning still prints.
 */
@Component(service = DashboardWidget.class)
public class PrintersInErrorWidget implements DashboardWidget {

    static final List<PrinterStatus> SHOWN = List.of(PrinterStatus.ERROR, PrinterStatus.OFFLINE);
    static final int MAX_ROWS = 20;
    static final List<String> COLUMNS = List.of("assetid", "assetnumber", "name", "printerstatus", "statusmessage", "statussince");

    private final FamilyStore<PrinterFields> printers;

    @Activate
    public PrintersInErrorWidget(@Reference PrinterStore printers) {
        this.printers = printers.store();
    }

    @Override
    public String id() {
        return "printers-in-error";
    }

    @Override
    public String title() {
        return "Printers in error or offline";
    }

    @Override
    public int order() {
        return 45;
    }

    /** One page per status shown, each already longest-first; merged and cut to {@value #MAX_ROWS}. */
    @Override
    public WidgetData data() {
        List<FamilyItem<PrinterFields>> failing = new ArrayList<>();
        for (PrinterStatus status : SHOWN) {
            failing.addAll(printers.list(query(status)).items());
        }
        return table(failing);
    }

    static FamilyQuery query(PrinterStatus status) {
        return new FamilyQuery(null, null, null, true, null,
                List.of(new ColumnFilter("printerstatus", ColumnFilter.Comparison.EQUAL, status.code())),
                new PageRequest(1, MAX_ROWS, "statussince"));
    }

    static WidgetData.Table table(List<FamilyItem<PrinterFields>> failing) {
        return new WidgetData.Table(COLUMNS, failing.stream()
                .sorted(Comparator.comparing((FamilyItem<PrinterFields> printer) -> printer.fields().statusSince(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(FamilyItem::assetId))
                .limit(MAX_ROWS)
                .map(printer -> Arrays.<Object>asList(printer.assetId(), printer.asset().assetNumber(), printer.asset().name(),
                        printer.fields().printerStatus(), printer.fields().statusMessage(),
                        Objects.toString(printer.fields().statusSince(), null)))
                .toList());
    }
}
