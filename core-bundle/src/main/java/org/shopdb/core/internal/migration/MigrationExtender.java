package org.shopdb.core.internal.migration;

import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.core.internal.db.PooledDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema-migration extender. It watches for bundles that declare a changelog in the
 * {@value SchemaReady#CHANGELOG_HEADER} header, applies it when such a bundle starts, and
 * then registers {@link SchemaReady} through the bundle's own context, so that the
 * service vanishes with the bundle and the bundle's components, which reference it, only
 * ever run on a migrated schema. The core's own tables come through the same path.
 *
 * <p>Migrations run one at a time on a worker thread, never on the framework's event
 * thread. The {@link Capability} tells resolvers (and {@code karaf:verify}) that this
 * bundle provides {@link SchemaReady}, which it registers by hand rather than through DS.
 * While the database is unreachable a migration is retried; a failing changeset
 * is reported once and not retried until the bundle is started again.
 */
@Component(immediate = true)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.shopdb.api.schema.SchemaReady",
        effective = "active")
public class MigrationExtender implements BundleTrackerCustomizer<MigrationExtender.Tracked> {

    static final long RETRY_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final DataSource dataSource;
    private final MigrationRegistry registry;
    private final LiquibaseMigrator migrator = new LiquibaseMigrator();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "shopdb-migrations"));
    private final Map<String, Long> changelogOwners = new ConcurrentHashMap<>();
    private final BundleTracker<Tracked> tracker;

    /** A bundle with a changelog, and the {@link SchemaReady} registered for it once migrated. */
    static final class Tracked {
        final Bundle bundle;
        final String changelog;
        volatile boolean gone;
        ServiceRegistration<SchemaReady> ready;

        Tracked(Bundle bundle, String changelog) {
            this.bundle = bundle;
            this.changelog = changelog;
        }
    }

    @Activate
    public MigrationExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=" + PooledDataSource.POOL_NAME + ")") DataSource dataSource,
            @Reference MigrationRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        worker.shutdownNow();
    }

    @Override
    public Tracked addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = bundle.getHeaders("").get(SchemaReady.CHANGELOG_HEADER);
        if (changelog == null || changelog.isBlank()) {
            return null;
        }
        changelog = changelog.trim();
        Long otherOwner = changelogOwners.putIfAbsent(changelog, bundle.getBundleId());
        if (otherOwner != null && otherOwner != bundle.getBundleId()) {
            String message = "changelog path '" + changelog + "' is already used by bundle " + otherOwner
                    + "; give each bundle a changelog path of its own (e.g. db/<bundle-name>.xml)";
            LOG.error("Schema migration of bundle {} refused: {}", bundle.getSymbolicName(), message);
            registry.put(pending(bundle, changelog).failed(0, null, message));
            return null;
        }
        Tracked tracked = new Tracked(bundle, changelog);
        registry.put(pending(bundle, changelog));
        worker.execute(() -> migrate(tracked));
        return tracked;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        // STARTING -> ACTIVE needs nothing: the migration is already under way or done.
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        tracked.gone = true;
        changelogOwners.remove(tracked.changelog, bundle.getBundleId());
        registry.remove(bundle.getSymbolicName());
        worker.execute(() -> withdraw(tracked));
    }

    private void migrate(Tracked tracked) {
        if (tracked.gone) {
            return;
        }
        Bundle bundle = tracked.bundle;
        BundleMigration record = pending(bundle, tracked.changelog);
        ClassLoader resources = bundle.adapt(BundleWiring.class).getClassLoader();
        ChangelogRun run;
        try {
            run = migrator.apply(dataSource, resources, tracked.changelog);
        } catch (SQLException e) {
            LOG.warn("Schema migration of bundle {} waits for the database ({}); retrying in {} s",
                    bundle.getSymbolicName(), e.getMessage(), RETRY_SECONDS);
            registry.put(record.waitingForDatabase(e.getMessage()));
            worker.schedule(() -> migrate(tracked), RETRY_SECONDS, TimeUnit.SECONDS);
            return;
        }
        if (tracked.gone) {
            return;
        }
        if (!run.succeeded()) {
            LOG.error("Schema migration of bundle {} {} failed at changeset {}: {} - its components stay down until the changelog is fixed and the bundle restarted",
                    bundle.getSymbolicName(), bundle.getVersion(), run.failedChangeSet(), run.failure());
            registry.put(record.failed(run.changeSets(), run.failedChangeSet(), run.failure()));
            return;
        }
        LOG.info("Schema of bundle {} {} is up to date: {} changesets, {} applied now",
                bundle.getSymbolicName(), bundle.getVersion(), run.changeSets(), run.appliedNow());
        registry.put(record.applied(run.changeSets(), run.appliedNow()));
        announce(tracked, run.changeSets());
    }

    private void announce(Tracked tracked, int changeSets) {
        BundleContext owner = tracked.bundle.getBundleContext();
        if (owner == null) {
            return; // stopped meanwhile
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SchemaReady.OWNER, tracked.bundle.getSymbolicName());
        properties.put(SchemaReady.OWNER_VERSION, tracked.bundle.getVersion().toString());
        try {
            tracked.ready = owner.registerService(SchemaReady.class,
                    new BundleSchemaReady(tracked.bundle.getSymbolicName(), changeSets), properties);
        } catch (IllegalStateException stoppedMeanwhile) {
            tracked.ready = null;
        }
    }

    private void withdraw(Tracked tracked) {
        if (tracked.ready != null) {
            try {
                tracked.ready.unregister();
            } catch (IllegalStateException alreadyGoneWithItsBundle) {
                // the framework removed it when the bundle stopped
            }
            tracked.ready = null;
        }
    }

    private static BundleMigration pending(Bundle bundle, String changelog) {
        return BundleMigration.pending(bundle.getSymbolicName(), bundle.getVersion().toString(), changelog);
    }
}
