package org.shopdb.plugins.computers.internal.hooks;

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
import org.shopdb.plugins.computers.internal.ComputerFields;
import org.shopdb.plugins.computers.internal.ComputerStore;

/**
 * Dashboard: PCs an inventory reported before, but not in the last {@value #DAYS} days —
 * switched off, broken, renamed without the inventory noticing, or with a dead agent — longest
 * silent first. PCs no inventory ever reported (entered by hand, say a controller PC no agent
 * may run on) are left out: they would fill the table on a site without inventory.
 */
@Component(service = DashboardWidget.class)
public class NotInventoriedWidget implements DashboardWidget {

    static final int DAYS = 30;
    static final int MAX_ROWS = 20;
    static final List<String> COLUMNS = List.of("assetid", "assetnumber", "hostname", "lastinventory");

    private final FamilyStore<ComputerFields> computers;
    private final Clock clock;

    @Activate
    public NotInventoriedWidget(@Reference ComputerStore computers) {
        this(computers.store(), Clock.systemUTC());
    }

    NotInventoriedWidget(FamilyStore<ComputerFields> computers, Clock clock) {
        this.computers = computers;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "computers-not-inventoried";
    }

    @Override
    public String title() {
        return "Computers not inventoried for " + DAYS + " days";
    }

    @Override
    public int order() {
        return 43;
    }

    @Override
    public WidgetData data() {
        return table(computers.list(query(clock.instant())).items());
    }

    /** Inventoried before the cutoff ({@code lastinventory < cutoff} leaves the never inventoried out), longest silent first. */
    static FamilyQuery query(Instant now) {
        return new FamilyQuery(null, null, null, null, null,
                List.of(new ColumnFilter("lastinventory", ColumnFilter.Comparison.LESS, now.minus(Duration.ofDays(DAYS)))),
                new PageRequest(1, MAX_ROWS, "lastinventory"));
    }

    static WidgetData.Table table(List<FamilyItem<ComputerFields>> silent) {
        return new WidgetData.Table(COLUMNS, silent.stream().map(computer -> List.<Object>of(computer.assetId(),
                computer.asset().assetNumber(), computer.fields().hostname(), computer.fields().lastInventory().toString())).toList());
    }
}
