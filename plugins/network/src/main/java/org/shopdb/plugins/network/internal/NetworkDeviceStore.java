package org.shopdb.plugins.network.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.family.AssetFamilies;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.family.JpaFamilyRows;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/** The network devices, through the core's family store over this plugin's table; live once the changelog is applied. */
@Component(service = NetworkDeviceStore.class)
public class NetworkDeviceStore {

    public static final String UNIT = "(osgi.unit.name=shopdb-network)";
    public static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + NetworkDeviceFamily.OWNER + ")";

    private final FamilyStore<NetworkDeviceFields> store;

    @Activate
    public NetworkDeviceStore(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(NetworkDeviceFamily.INSTANCE,
                new JpaFamilyRows<>(entityManagers, unitOfWork, NetworkDeviceEntity.class, NetworkDeviceEntity::new));
    }

    public FamilyStore<NetworkDeviceFields> store() {
        return store;
    }
}
