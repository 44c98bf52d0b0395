package org.shopdb.core.internal.family;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.family.AssetFamilies;
import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FamilyFields;
import org.shopdb.api.family.FamilyRows;
import org.shopdb.api.family.FamilyStore;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/** Hands plugins the stores of their asset families, each checked when it is made. */
@Component(service = AssetFamilies.class)
public class AssetFamiliesService implements AssetFamilies {

    private final CoreServices core;

    @Activate
    public AssetFamiliesService(@Reference AssetService assets, @Reference AssetTypeService types, @Reference NetworkAddressService addresses,
            @Reference AuditService audit, @Reference ReferenceDataService referenceData, @Reference SearchIndex searchIndex,
            @Reference UnitOfWork unitOfWork,
            @Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.core = new CoreServices(assets, types, addresses, audit, referenceData, searchIndex, unitOfWork, new NativeSql(entityManagers, unitOfWork));
    }

    @Override
    public <F extends Record & FamilyFields> FamilyStore<F> store(AssetFamily<F> family, FamilyRows<F> rows) {
        return new CoreFamilyStore<>(FamilyDefinition.of(family), rows, core);
    }
}
