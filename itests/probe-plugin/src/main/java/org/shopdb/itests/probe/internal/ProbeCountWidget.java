package org.shopdb.itests.probe.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/** How many probe rows there are. */
@Component
public class ProbeCountWidget implements DashboardWidget {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public ProbeCountWidget(@Reference(target = "(osgi.unit.name=shopdb-itest-probe)") EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork,
            @Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.itests.probe)") SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public String id() {
        return "probe-count";
    }

    @Override
    public String title() {
        return "Probes";
    }

    @Override
    public WidgetData data() {
        long count = unitOfWork.withEntityManager(entityManagers,
                em -> em.createQuery("select count(p) from ProbeEntity p", Long.class).getSingleResult());
        return new WidgetData.Metric(count, "probes");
    }
}
