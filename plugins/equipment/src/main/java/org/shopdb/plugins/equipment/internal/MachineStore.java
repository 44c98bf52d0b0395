package org.shopdb.plugins.equipment.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.AssetFamilies;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.JpaFamilyRows;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/**
 * The machines through the core's family store: asset, row, primary address and audit written
 * together, {@code controlledby} read with them. Live once the core has applied the plugin's changelog.
 */
@Component(service = MachineStore.class)
public class MachineStore {

    static final String UNIT = "(osgi.unit.name=shopdb-equipment)";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + MachineFamily.OWNER + ")";

    private final FamilyStore<MachineFields> store;

    @Activate
    public MachineStore(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(MachineFamily.INSTANCE,
                new JpaFamilyRows<>(entityManagers, unitOfWork, MachineEntity.class, MachineEntity::new));
    }

    public FamilyStore<MachineFields> store() {
        return store;
    }
}
