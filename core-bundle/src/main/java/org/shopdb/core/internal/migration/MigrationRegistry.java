package org.shopdb.core.internal.migration;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.osgi.service.component.annotations.Component;

/** The migration records of the bundles currently tracked, for health and the shell. */
@Component(service = MigrationRegistry.class)
public class MigrationRegistry {

    private final ConcurrentMap<String, BundleMigration> byBundle = new ConcurrentHashMap<>();

    void put(BundleMigration migration) {
        byBundle.put(migration.bundle(), migration);
    }

    void remove(String bundle) {
        byBundle.remove(bundle);
    }

    public Optional<BundleMigration> get(String bundle) {
        return Optional.ofNullable(byBundle.get(bundle));
    }

    /** All records, ordered by bundle name. */
    public List<BundleMigration> all() {
        Collection<BundleMigration> values = byBundle.values();
        return values.stream().sorted(Comparator.comparing(BundleMigration::bundle)).toList();
    }
}
