package org.shopdb.core.internal.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.shopdb.api.plugin.FieldSchemaProvider;
import org.shopdb.api.plugin.PluginApplication;
import org.shopdb.api.plugin.PluginCapabilities;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.core.internal.migration.BundleMigration;
import org.shopdb.core.internal.migration.MigrationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every plugin this container has (a bundle providing the {@code shopdb.plugin} capability, in
 * any state, resolvable or not) and every plugin its database remembers, with the state and,
 * when not active, the reason in plain words. Nothing here names a plugin: they are found by
 * their capability.
 */
@Component(service = PluginRegistry.class, immediate = true)
public class PluginRegistry implements BundleTrackerCustomizer<Bundle> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);

    private final BundleContext context;
    private final MigrationRegistry migrations;
    private final PluginLifecycleRunner lifecycle;
    private final PluginHooks hooks;
    private final PluginRecords records;
    private final BundleTracker<Bundle> tracker;

    @Activate
    public PluginRegistry(BundleContext context, @Reference MigrationRegistry migrations, @Reference PluginLifecycleRunner lifecycle,
            @Reference PluginHooks hooks, @Reference PluginRecords records) {
        this.context = context;
        this.migrations = migrations;
        this.lifecycle = lifecycle;
        this.hooks = hooks;
        this.records = records;
        this.tracker = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        return PluginIdentity.of(bundle).isPresent() ? bundle : null;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        // state and identity are read when asked for
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        // an uninstalled plugin is still listed from the database
    }

    /** All plugins, installed or remembered, by name. */
    public List<PluginInfo> plugins() {
        Map<String, PluginRecord> remembered = new LinkedHashMap<>();
        rememberedPlugins().forEach(record -> remembered.put(record.name(), record));
        List<PluginInfo> all = new ArrayList<>();
        List<Bundle> bundles = trackedByBundleId();
        for (Bundle bundle : bundles) {
            PluginIdentity.of(bundle).ifPresent(identity -> {
                all.add(info(bundle, identity, bundles, remembered.get(identity.name())));
                remembered.remove(identity.name());
            });
        }
        remembered.values().forEach(record -> all.add(uninstalled(record)));
        all.sort(Comparator.comparing(PluginInfo::name).thenComparing(PluginInfo::bundleId));
        return all;
    }

    public Optional<PluginInfo> plugin(String name) {
        return plugins().stream().filter(plugin -> plugin.name().equals(name)).findFirst();
    }

    /** Names of the active plugins by bundle id: whose routes and hooks are live. */
    public Map<Long, String> activePlugins() {
        Map<Long, String> active = new HashMap<>();
        List<Bundle> bundles = trackedByBundleId();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.ACTIVE) {
                PluginIdentity.of(bundle).filter(identity -> stateOf(bundle, identity, bundles).state() == PluginState.ACTIVE)
                        .ifPresent(identity -> active.put(bundle.getBundleId(), identity.name()));
            }
        }
        return active;
    }

    private List<Bundle> trackedByBundleId() {
        Bundle[] tracked = tracker.getBundles();
        List<Bundle> bundles = new ArrayList<>(tracked == null ? List.of() : List.of(tracked));
        bundles.sort(Comparator.comparingLong(Bundle::getBundleId));
        return bundles;
    }

    private List<PluginRecord> rememberedPlugins() {
        try {
            return records.all();
        } catch (RuntimeException databaseDown) {
            LOG.warn("Cannot read the plugins this database remembers: {}", databaseDown.getMessage());
            return List.of();
        }
    }

    private PluginInfo info(Bundle bundle, PluginIdentity identity, List<Bundle> bundles, PluginRecord record) {
        long bundleId = bundle.getBundleId();
        StateAndReason state = stateOf(bundle, identity, bundles);
        List<String> hookCodes = hooks.kindsOf(bundleId).stream().map(HookKind::code).toList();
        String collectionPath = hooks.fieldSchemaProviders().stream().filter(hook -> hook.bundleId() == bundleId)
                .findFirst().map(hook -> collectionPathOf(hook.service())).orElse(null);
        return new PluginInfo(identity.name(), identity.version().toString(), state.state(), bundle.getSymbolicName(), bundleId,
                VersionFilters.describe(identity.apiFilter(), PluginCapabilities.VERSION_ATTRIBUTE), hookCodes, state.reason(),
                "/" + PluginApplication.base(identity.name()), collectionPath,
                record == null ? null : record.installedDate(), record == null ? null : record.upgradedDate());
    }

    private static String collectionPathOf(FieldSchemaProvider provider) {
        try {
            return provider.collectionPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static PluginInfo uninstalled(PluginRecord record) {
        String reason = record.uninstalled() ? "uninstalled on " + record.uninstalledDate() + "; its data is kept"
                : "its bundle is not installed; its data is kept";
        return new PluginInfo(record.name(), record.version(), PluginState.UNINSTALLED, null, -1, null, List.of(), reason,
                "/" + PluginApplication.base(record.name()), null, record.installedDate(), record.upgradedDate());
    }

    record StateAndReason(PluginState state, String reason) {
    }

    private StateAndReason stateOf(Bundle bundle, PluginIdentity identity, List<Bundle> bundles) {
        Optional<String> badName = PluginNames.problem(identity.name());
        if (badName.isPresent()) {
            return new StateAndReason(PluginState.INCOMPATIBLE, badName.get());
        }
        Optional<Bundle> earlier = bundles.stream()
                .filter(other -> other.getBundleId() < bundle.getBundleId())
                .filter(other -> PluginIdentity.of(other).map(PluginIdentity::name).filter(identity.name()::equals).isPresent())
                .findFirst();
        if (earlier.isPresent()) {
            return new StateAndReason(PluginState.INCOMPATIBLE, "bundle " + earlier.get().getSymbolicName() + " ("
                    + earlier.get().getBundleId() + ") already provides plugin '" + identity.name() + "'");
        }
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> unresolvedReason(bundle)
                    .map(reason -> new StateAndReason(PluginState.INCOMPATIBLE, reason))
                    .orElse(new StateAndReason(PluginState.INSTALLED, "installed, not started"));
            case Bundle.RESOLVED -> new StateAndReason(PluginState.RESOLVED, "resolved, not started");
            case Bundle.STARTING -> new StateAndReason(PluginState.STARTING, "starting");
            case Bundle.STOPPING -> new StateAndReason(PluginState.RESOLVED, "stopping");
            default -> activeState(bundle);
        };
    }

    private StateAndReason activeState(Bundle bundle) {
        if (bundle.getHeaders("").get(SchemaReady.CHANGELOG_HEADER) != null) {
            Optional<BundleMigration> migration = migrations.get(bundle.getSymbolicName());
            if (migration.isEmpty()) {
                return new StateAndReason(PluginState.STARTING, "schema migration not started yet");
            }
            switch (migration.get().state()) {
                case FAILED:
                    BundleMigration failed = migration.get();
                    return new StateAndReason(PluginState.FAILED, "schema migration failed"
                            + (failed.failedChangeSet() == null ? "" : " at changeset " + failed.failedChangeSet()) + ": " + failed.message());
                case PENDING:
                    return new StateAndReason(PluginState.STARTING, "schema migration pending");
                case WAITING_FOR_DATABASE:
                    return new StateAndReason(PluginState.STARTING, "schema migration waits for the database: " + migration.get().message());
                default:
                    break;
            }
        }
        Optional<LifecycleOutcome> outcome = lifecycle.outcome(bundle.getBundleId());
        if (outcome.isEmpty()) {
            return new StateAndReason(PluginState.STARTING, "being recorded in the database");
        }
        return switch (outcome.get().status()) {
            case DONE -> new StateAndReason(PluginState.ACTIVE, null);
            case WAITING -> new StateAndReason(PluginState.STARTING, outcome.get().message());
            case FAILED -> new StateAndReason(PluginState.FAILED, outcome.get().message());
        };
    }

    /** Why the unresolved bundle cannot resolve, if anything installed keeps it from it. */
    private Optional<String> unresolvedReason(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (revision == null || framework == null) {
            return Optional.empty();
        }
        return UnresolvedReason.of(revision.getRequirements(null), requirement -> !framework.findProviders(requirement).isEmpty(),
                providedApiVersions());
    }

    private List<Version> providedApiVersions() {
        List<Version> versions = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision != null) {
                for (Capability api : revision.getCapabilities(PluginCapabilities.API_NAMESPACE)) {
                    Object version = api.getAttributes().get(PluginCapabilities.VERSION_ATTRIBUTE);
                    if (version != null) {
                        versions.add(Version.parseVersion(version.toString()));
                    }
                }
            }
        }
        return versions.stream().distinct().sorted().toList();
    }
}
