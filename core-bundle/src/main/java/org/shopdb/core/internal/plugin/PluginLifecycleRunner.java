package org.shopdb.core.internal.plugin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.shopdb.api.plugin.PluginLifecycle;
import org.shopdb.api.plugin.PluginVersionChange;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.core.internal.migration.LiquibaseMigrator;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a plugin's {@link PluginLifecycle} hook, together with the core's row in
 * {@code plugins}, once per database: install the first time a plugin starts on it, upgrade
 * when it starts at another version than the row says, uninstall once its bundle is
 * uninstalled. Each call and its row share one transaction (the row locked), so it happens
 * exactly once even with several containers on one database; a failure rolls both back, marks
 * the plugin failed, and is tried again when the plugin next starts.
 *
 * <p>A started plugin is handled once its schema is ready ({@link SchemaReady} for its current
 * version, if it ships a changelog) and, if it declares a {@code PluginLifecycle} component,
 * once that service is registered. Once that is done the plugin is live and its routes are
 * published. Work runs on one worker thread, never on the framework's.
 */
@Component(service = PluginLifecycleRunner.class, immediate = true)
public class PluginLifecycleRunner implements BundleTrackerCustomizer<PluginIdentity> {

    static final long SCR_RETRY_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycleRunner.class);

    private final BundleContext context;
    private final PluginRecords records;
    private final ServiceComponentRuntime components;
    private final PluginApplicationRegistrar applications;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "shopdb-plugin-lifecycle"));
    /** Bundle id to the version whose schema is ready. */
    private final Map<Long, String> readySchemas = new ConcurrentHashMap<>();
    /** Bundle id to its lifecycle hook while registered. */
    private final Map<Long, PluginLifecycle> lifecycles = new ConcurrentHashMap<>();
    /** Bundle id to the last hook it registered, kept for the uninstall call after its services are gone. */
    private final Map<Long, PluginLifecycle> lastLifecycles = new ConcurrentHashMap<>();
    /** Bundle id to the outcome for its current start; cleared when it stops. */
    private final Map<Long, LifecycleOutcome> outcomes = new ConcurrentHashMap<>();
    /** Bundle id to how often it stopped: an outcome worked out for an earlier start is dropped. */
    private final Map<Long, Long> stops = new ConcurrentHashMap<>();
    private final BundleTracker<PluginIdentity> tracker;

    @Activate
    public PluginLifecycleRunner(BundleContext context, @Reference PluginRecords records,
            @Reference ServiceComponentRuntime components, @Reference PluginApplicationRegistrar applications) {
        this.context = context;
        this.records = records;
        this.components = components;
        this.applications = applications;
        this.tracker = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        worker.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSchemaReady(SchemaReady schema, Map<String, Object> properties) {
        long bundleId = bundleIdOf(properties);
        readySchemas.put(bundleId, String.valueOf(properties.get(SchemaReady.OWNER_VERSION)));
        evaluateLater(bundleId);
    }

    void unbindSchemaReady(SchemaReady schema, Map<String, Object> properties) {
        readySchemas.remove(bundleIdOf(properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindLifecycle(PluginLifecycle lifecycle, Map<String, Object> properties) {
        long bundleId = bundleIdOf(properties);
        lifecycles.put(bundleId, lifecycle);
        lastLifecycles.put(bundleId, lifecycle);
        evaluateLater(bundleId);
    }

    void unbindLifecycle(PluginLifecycle lifecycle, Map<String, Object> properties) {
        lifecycles.remove(bundleIdOf(properties), lifecycle);
    }

    /** The outcome for the plugin bundle's current start, if it has started. */
    public Optional<LifecycleOutcome> outcome(long bundleId) {
        return Optional.ofNullable(outcomes.get(bundleId));
    }

    @Override
    public PluginIdentity addingBundle(Bundle bundle, BundleEvent event) {
        Optional<PluginIdentity> identity = PluginIdentity.of(bundle);
        identity.ifPresent(plugin -> evaluateLater(bundle.getBundleId()));
        return identity.orElse(null);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, PluginIdentity identity) {
        if (bundle.getState() == Bundle.ACTIVE) {
            evaluateLater(bundle.getBundleId());
        } else {
            forgetStart(bundle.getBundleId());
        }
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, PluginIdentity identity) {
        long bundleId = bundle.getBundleId();
        forgetStart(bundleId);
        if (event != null && event.getType() == BundleEvent.UNINSTALLED) {
            PluginLifecycle lifecycle = lastLifecycles.remove(bundleId);
            worker.execute(() -> uninstall(identity, lifecycle));
        }
    }

    private synchronized void forgetStart(long bundleId) {
        stops.merge(bundleId, 1L, Long::sum);
        outcomes.remove(bundleId);
    }

    /** Records the outcome unless the bundle stopped since {@code stopsBefore} was read. */
    private synchronized boolean recordOutcome(long bundleId, long stopsBefore, LifecycleOutcome outcome) {
        if (stops.getOrDefault(bundleId, 0L) != stopsBefore) {
            return false;
        }
        outcomes.put(bundleId, outcome);
        return true;
    }

    private void evaluateLater(long bundleId) {
        worker.execute(() -> evaluate(bundleId));
    }

    private void evaluate(long bundleId) {
        long stopsBefore = stops.getOrDefault(bundleId, 0L);
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || bundle.getState() != Bundle.ACTIVE) {
            return;
        }
        LifecycleOutcome current = outcomes.get(bundleId);
        if (current != null && current.status() != LifecycleOutcome.Status.WAITING) {
            return; // handled for this start
        }
        Optional<PluginIdentity> identity = PluginIdentity.of(bundle);
        if (identity.isEmpty() || PluginNames.problem(identity.get().name()).isPresent()) {
            return;
        }
        String version = bundle.getVersion().toString();
        if (bundle.getHeaders("").get(SchemaReady.CHANGELOG_HEADER) != null && !version.equals(readySchemas.get(bundleId))) {
            recordOutcome(bundleId, stopsBefore, LifecycleOutcome.waiting("waiting for its schema migration"));
            return;
        }
        Optional<Boolean> declared = declaresLifecycle(bundle);
        if (declared.isEmpty()) {
            worker.schedule(() -> evaluate(bundleId), SCR_RETRY_MILLIS, TimeUnit.MILLISECONDS);
            return;
        }
        PluginLifecycle lifecycle = lifecycles.get(bundleId);
        if (declared.get() && lifecycle == null) {
            recordOutcome(bundleId, stopsBefore, LifecycleOutcome.waiting("waiting for its PluginLifecycle service"));
            return;
        }
        LifecycleOutcome outcome = start(identity.get(), lifecycle);
        if (recordOutcome(bundleId, stopsBefore, outcome) && outcome.status() == LifecycleOutcome.Status.DONE) {
            applications.publish(bundle); // live: its routes go up
        }
    }

    /**
     * Whether the bundle has a Declarative Services component providing {@link PluginLifecycle};
     * empty while the component runtime has not read the bundle's components yet.
     */
    private Optional<Boolean> declaresLifecycle(Bundle bundle) {
        var descriptions = components.getComponentDescriptionDTOs(bundle);
        if (descriptions.isEmpty() && bundle.getHeaders("").get("Service-Component") != null) {
            return Optional.empty();
        }
        return Optional.of(descriptions.stream().anyMatch(description -> description.serviceInterfaces != null
                && java.util.Arrays.asList(description.serviceInterfaces).contains(PluginLifecycle.class.getName())));
    }

    private LifecycleOutcome start(PluginIdentity plugin, PluginLifecycle lifecycle) {
        String name = plugin.name();
        String version = plugin.version().toString();
        LifecycleStep[] step = {null};
        try {
            String done = records.withLockedRow(name, (em, row) -> {
                LocalDateTime now = CorePersistence.toColumn(Instant.now());
                step[0] = LifecycleStep.decide(row == null ? null : row.version(), row != null && row.isUninstalled(), version);
                switch (step[0]) {
                    case INSTALL -> {
                        if (lifecycle != null) {
                            lifecycle.install(new PluginVersionChange(name, null, version));
                        }
                        em.persist(new PluginRecordEntity(name, version, now));
                    }
                    case UPGRADE -> {
                        if (lifecycle != null) {
                            lifecycle.upgrade(new PluginVersionChange(name, row.version(), version));
                        }
                        row.upgraded(version, now);
                    }
                    case REINSTALL -> row.reinstalled();
                    case NONE -> {
                        return "version " + version + " already known to this database";
                    }
                }
                em.flush();
                return describe(step[0], row == null ? null : row.version(), version);
            });
            if (step[0] != LifecycleStep.NONE) {
                LOG.info("Plugin {}: {}", name, done);
            }
            return LifecycleOutcome.done(done);
        } catch (RuntimeException e) {
            String what = step[0] == null ? "recording the plugin" : step[0].name().toLowerCase() + " of " + version;
            String message = what + " failed: " + LiquibaseMigrator.rootMessage(e) + "; rolled back, tried again when the plugin next starts";
            LOG.error("Plugin {}: {}", name, message, e);
            return LifecycleOutcome.failed(message);
        }
    }

    private void uninstall(PluginIdentity plugin, PluginLifecycle lifecycle) {
        String name = plugin.name();
        try {
            records.withLockedRow(name, (em, row) -> {
                if (row == null || row.isUninstalled()) {
                    return null;
                }
                if (lifecycle != null) {
                    lifecycle.uninstall(new PluginVersionChange(name, row.version(), null));
                }
                row.uninstalled(CorePersistence.toColumn(Instant.now()));
                em.flush();
                return null;
            });
            LOG.info("Plugin {} uninstalled; its data is kept", name);
        } catch (RuntimeException e) {
            LOG.error("Plugin {}: uninstall hook failed: {}; rolled back, the plugin stays recorded as installed", name,
                    LiquibaseMigrator.rootMessage(e), e);
        }
    }

    static String describe(LifecycleStep step, String from, String to) {
        return switch (step) {
            case INSTALL -> "installed " + to;
            case UPGRADE -> (LifecycleStep.isDowngrade(from, to) ? "downgraded from " : "upgraded from ") + from + " to " + to;
            case REINSTALL -> "reinstalled " + to + "; its data was kept";
            case NONE -> "version " + to + " already known to this database";
        };
    }

    private static long bundleIdOf(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_BUNDLEID);
        return id instanceof Number number ? number.longValue() : -1;
    }
}
