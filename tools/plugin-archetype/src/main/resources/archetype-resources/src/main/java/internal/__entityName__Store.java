package ${package}.internal;

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
 * The ${pluginName} items through the core's family store: asset, row, primary address and
 * audit written together. Goes live only once the core has applied the plugin's changelog.
 */
@Component(service = ${entityName}Store.class)
public class ${entityName}Store {

    static final String UNIT = "(osgi.unit.name=shopdb-${pluginName})";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + ${entityName}Family.OWNER + ")";

    private final FamilyStore<${entityName}Fields> store;

    @Activate
    public ${entityName}Store(@Reference AssetFamilies families, @Reference(target = UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.store = families.store(${entityName}Family.INSTANCE,
                new JpaFamilyRows<>(entityManagers, unitOfWork, ${entityName}Entity.class, ${entityName}Entity::new));
    }

    public FamilyStore<${entityName}Fields> store() {
        return store;
    }
}
