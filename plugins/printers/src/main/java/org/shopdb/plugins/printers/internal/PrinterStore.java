package org.shopdb.plugins.printers.internal;

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
 * The printers through the core's family store: asset, row, primary address and audit written
 * together. Goes live only once the core has applied the plugin's changelog.
 */
@Component(service = PrinterStore.class)
public class PrinterStore {

    public static final String UNIT = "(osgi.unit.name=shopdb-printers)";
    public static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + PrinterFamily.OWNER + ")";

    private final FamilyStore<PrinterFields> store;

    @Activate
    public PrinterStore(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(PrinterFamily.INSTANCE,
                new JpaFamilyRows<>(entityManagers, unitOfWork, PrinterEntity.class, PrinterEntity::new));
    }

    public FamilyStore<PrinterFields> store() {
        return store;
    }
}
