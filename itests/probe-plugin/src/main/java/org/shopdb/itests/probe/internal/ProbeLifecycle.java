package org.shopdb.itests.probe.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each install and upgrade call in the plugin's own table, in the core's transaction,
 * so the tests can count them. The uninstall call only logs: the bundle's services are gone by then.
 */
@Component
public class ProbeLifecycle implements PluginLifecycle {

    /** Logged on uninstall, followed by the version change. */
    public static final String UNINSTALL_MARKER = "probe uninstall hook called:";
    private static final Logger LOG = LoggerFactory.getLogger(ProbeLifecycle.class);

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public ProbeLifecycle(@Reference(target = "(osgi.unit.name=shopdb-itest-probe)") EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork,
            @Reference(target = "(" + SchemaReady.OWNER + "=org.shopdb.itests.probe)") SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void install(PluginVersionChange change) {
        record("install", change);
    }

    @Override
    public void upgrade(PluginVersionChange change) {
        record("upgrade", change);
    }

    @Override
    public void uninstall(PluginVersionChange change) {
        LOG.info("{} {} -> {}", UNINSTALL_MARKER, change.fromVersion(), change.toVersion());
    }

    private void record(String event, PluginVersionChange change) {
        unitOfWork.withEntityManager(entityManagers, em -> em
                .createNativeQuery("insert into probelifecycle (lifecycleevent, fromversion, toversion) values (?, ?, ?)")
                .setParameter(1, event).setParameter(2, change.fromVersion()).setParameter(3, change.toVersion())
                .executeUpdate());
    }
}
