package org.shopdb.core.internal.collector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.shopdb.api.plugin.Collector;
import org.shopdb.api.plugin.PluginCapabilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Collector} services of all plugins, as they come and go. Two collectors with
 * one name is a deployment mistake: the newest registration serves, with a warning, and
 * the older one takes over again if the newer leaves.
 */
@Component(service = CollectorRegistry.class)
public class CollectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(CollectorRegistry.class);
    private static final Comparator<RegisteredCollector> NEWEST_FIRST = Comparator.comparingLong(RegisteredCollector::serviceId).reversed();

    /** Name → registrations, newest first. */
    private final Map<String, List<RegisteredCollector>> byName = new HashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeCollector")
    void addCollector(Collector collector, ServiceReference<Collector> reference) {
        String bundle = reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        String name = collector.name();
        if (name == null || !name.matches(PluginCapabilities.NAME_PATTERN)) {
            LOG.error("Collector of bundle {} ignored: its name '{}' is not lower-case letters and digits starting with a letter", bundle, name);
            return;
        }
        RegisteredCollector registered = compile(name, collector, serviceId, bundle);
        synchronized (byName) {
            List<RegisteredCollector> same = byName.computeIfAbsent(name, key -> new ArrayList<>());
            same.add(registered);
            same.sort(NEWEST_FIRST);
            if (same.size() > 1) {
                RegisteredCollector older = same.get(1);
                LOG.warn("Two collectors are named '{}': bundle {} (service {}) and bundle {} (service {}); the newest, service {}, serves",
                        name, older.bundle(), older.serviceId(), bundle, serviceId, same.get(0).serviceId());
            }
        }
    }

    private static RegisteredCollector compile(String name, Collector collector, long serviceId, String bundle) {
        try {
            return new RegisteredCollector(name, collector, RecordSchema.load(collector.recordSchema()), null,
                    collector.naturalKey(), serviceId, bundle);
        } catch (RuntimeException e) {
            LOG.error("Collector '{}' of bundle {} cannot take records: {}", name, bundle, e.getMessage());
            return new RegisteredCollector(name, collector, null, e.getMessage(), List.of(), serviceId, bundle);
        }
    }

    void removeCollector(Collector collector, ServiceReference<Collector> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        synchronized (byName) {
            byName.values().forEach(same -> same.removeIf(registered -> registered.serviceId() == serviceId));
            byName.values().removeIf(List::isEmpty);
        }
    }

    /** The collector serving this name. */
    public Optional<RegisteredCollector> find(String name) {
        synchronized (byName) {
            List<RegisteredCollector> same = byName.get(name);
            return same == null ? Optional.empty() : Optional.of(same.get(0));
        }
    }

    /** Names of the collectors there are, sorted. */
    public List<String> names() {
        synchronized (byName) {
            return List.copyOf(new TreeSet<>(byName.keySet()));
        }
    }
}
