package org.shopdb.plugins.applications.internal.hooks;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.plugins.applications.internal.ApplicationStore;

/**
 * Dashboard: applications installed in more than one version across the site, most versions
 * first — where PCs were left behind by an update. One grouped query.
 */
@Component(service = DashboardWidget.class)
public class SeveralVersionsWidget implements DashboardWidget {

    static final int MAX_ROWS = 10;
    static final List<String> COLUMNS = List.of("applicationid", "application", "vendor", "versions", "computers");

    private final ApplicationStore applications;

    @Activate
    public SeveralVersionsWidget(@Reference ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String id() {
        return "applications-several-versions";
    }

    @Override
    public String title() {
        return "Applications in several versions";
    }

    @Override
    public int order() {
        return 47;
    }

    @Override
    public WidgetData data() {
        List<?> rows = applications.withEntityManager(em -> em.createNativeQuery("select a.assetid, a.name, p.vendor,"
                + " count(distinct i.versionkey), count(*)"
                + " from installations i join assets a on a.assetid = i.applicationid join applications p on p.assetid = i.applicationid"
                + " group by a.assetid, a.name, p.vendor having count(distinct i.versionkey) > 1 order by 4 desc, 5 desc, 2")
                .setMaxResults(MAX_ROWS).getResultList());
        return WidgetRows.table(COLUMNS, rows);
    }
}
