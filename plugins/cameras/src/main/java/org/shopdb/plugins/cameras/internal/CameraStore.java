package org.shopdb.plugins.cameras.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.AssetFamilies;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.JpaFamilyRows;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/** The cameras, through the core's family store over this plugin's table; live once the changelog is applied. */
@Component(service = CameraStore.class)
public class CameraStore {

    static final String UNIT = "(osgi.unit.name=shopdb-cameras)";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + CameraFamily.OWNER + ")";

    private final FamilyStore<CameraFields> store;

    @Activate
    public CameraStore(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(CameraFamily.INSTANCE, new JpaFamilyRows<>(entityManagers, unitOfWork, CameraEntity.class, CameraEntity::new));
    }

    public FamilyStore<CameraFields> store() {
        return store;
    }
}
