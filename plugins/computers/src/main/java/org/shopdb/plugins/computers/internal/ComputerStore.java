package org.shopdb.plugins.computers.internal;

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
 * The computers through the core's family store: asset, row and audit written together. Live
 * only once the core has applied the plugin's changelog. Also hands out the plugin's
 * persistence unit, for the few queries of its own (hostnames by id, computers by OS).
 */
@Component(service = ComputerStore.class)
public class ComputerStore {

    static final String UNIT = "(osgi.unit.name=shopdb-computers)";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + ComputerFamily.OWNER + ")";

    private final FamilyStore<ComputerFields> store;
    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public ComputerStore(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(ComputerFamily.INSTANCE,
                new JpaFamilyRows<>(entityManagers, unitOfWork, ComputerEntity.class, ComputerEntity::new));
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    public FamilyStore<ComputerFields> store() {
        return store;
    }

    /** Runs {@code work} (JPQL over {@link ComputerEntity}) with an entity manager of the plugin's unit, in the caller's transaction. */
    public <T> T withEntityManager(EntityManagerWork<T> work) {
        return unitOfWork.withEntityManager(entityManagers, work);
    }
}
