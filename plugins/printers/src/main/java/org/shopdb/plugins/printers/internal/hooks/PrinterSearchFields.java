package org.shopdb.plugins.printers.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.SearchField;
import org.shopdb.api.plugin.SearchFieldProvider;
import org.shopdb.plugins.printers.internal.PrinterFamily;

/**
 * The printer columns global search looks into, each backed by an index of {@code printers}.
 * A print queue ({@code \\ps01\HALL2-LBL}) is what users see and name, and names one printer,
 * so it weighs most; drivers, models and vendors match many. IP address, MAC and hostname the
 * core's own search finds (the primary address).
 */
@Component(service = SearchFieldProvider.class)
public class PrinterSearchFields implements SearchFieldProvider {

    @Override
    public List<SearchField> searchFields() {
        return List.of(
                new SearchField(PrinterFamily.TABLE, "printqueue", "Print queue", 90),
                new SearchField(PrinterFamily.TABLE, "model", "Model", 40),
                new SearchField(PrinterFamily.TABLE, "driver", "Driver", 30),
                new SearchField(PrinterFamily.TABLE, "vendor", "Vendor", 20));
    }
}
