package org.shopdb.plugins.applications.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.applications.internal.ApplicationStore;

/** Dashboard: the applications on the most computers, with how many — what a licence audit or an advisory touches first. One grouped query. */
@Component(service = DashboardWidget.class)
public class MostInstalledWidget implements DashboardWidget {

    static final int MAX_ROWS = 10;
    static final List<String> COLUMNS = List.of("applicationid", "application", "vendor", "computers");

    private final ApplicationStore applications;

    @Activate
    public MostInstalledWidget(@Reference ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String id() {
        return "applications-most-installed";
    }

    @Override
    public String title() {
        return "Most installed applications";
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public WidgetData data() {
        List<?> rows = applications.withEntityManager(em -> em.createNativeQuery("select a.assetid, a.name, p.vendor, count(*)"
                + " from installations i join assets a on a.assetid = i.applicationid join applications p on p.assetid = i.applicationid"
                + " group by a.assetid, a.name, p.vendor order by 4 desc, 2").setMaxResults(MAX_ROWS).getResultList());
        return WidgetRows.table(COLUMNS, rows);
    }
}
