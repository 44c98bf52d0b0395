package org.shopdb.core.internal.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.reference.AssetStatus;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.asset.AssetStatusEntity;
import org.shopdb.core.internal.persistence.CorePersistence;

/**
 * Adds asset statuses beyond the four the schema seeds — for a site's seed file; the
 * public {@link org.shopdb.api.reference.ReferenceDataService} only reads them. Each
 * addition is audited (entity type {@value #ENTITY_TYPE}).
 */
@Component(service = AssetStatusWriter.class)
public class AssetStatusWriter {

    static final String ENTITY_TYPE = "AssetStatus";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;

    @Activate
    public AssetStatusWriter(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AuditService audit,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    /** Creates a status; the caller makes sure the code is free and code and name are valid. */
    public AssetStatus create(Actor actor, String code, String name, int sortOrder) {
        return unitOfWork.required(() -> {
            AssetStatus created = unitOfWork.withEntityManager(entityManagers, em -> {
                AssetStatusEntity entity = new AssetStatusEntity(code, name, sortOrder);
                em.persist(entity);
                em.flush();
                return entity.toDto();
            });
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("code", new FieldChange(null, code));
            changes.put("name", new FieldChange(null, name));
            changes.put("sortorder", new FieldChange(null, sortOrder));
            audit.record(actor, AuditAction.CREATED, ENTITY_TYPE, String.valueOf(created.statusId()), name, changes);
            return created;
        });
    }
}
