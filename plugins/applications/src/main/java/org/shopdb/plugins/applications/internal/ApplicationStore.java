package org.shopdb.plugins.applications.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.AssetFamilies;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.JpaFamilyRows;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.EntityManagerWork;
import org.shopdb.api.tx.UnitOfWork;

/**
 * The catalog through the core's family store (asset, row and audit written together), and the
 * plugin's persistence unit for its own queries (catalog lookups, installations). Live only once
 * the core has applied the plugin's changelog.
 */
@Component(service = ApplicationStore.class)
public class ApplicationStore {

    static final String UNIT = "(osgi.unit.name=shopdb-applications)";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + ApplicationFamily.OWNER + ")";

    private final FamilyStore<ApplicationFields> store;
    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public ApplicationStore(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(ApplicationFamily.INSTANCE,
                new JpaFamilyRows<>(entityManagers, unitOfWork, ApplicationEntity.class, ApplicationEntity::new));
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    public FamilyStore<ApplicationFields> store() {
        return store;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Runs {@code work} with an entity manager of the plugin's unit, in the caller's transaction (or a new one). */
    public <T> T withEntityManager(EntityManagerWork<T> work) {
        return unitOfWork.withEntityManager(entityManagers, work);
    }
}
