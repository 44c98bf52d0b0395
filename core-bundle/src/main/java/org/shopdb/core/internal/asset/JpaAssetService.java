package org.shopdb.core.internal.asset;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/** Assets in the {@code assets} table; each write audited in the same transaction. */
@Component(service = AssetService.class)
public class JpaAssetService implements AssetService {

    static final String ENTITY_TYPE = "Asset";
    static final String DEFAULT_STATUS = "inservice";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaAssetService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AuditService audit,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    @Override
    public Asset create(Actor actor, NewAsset request) {
        NewAssetValidator.validate(request);
        return unitOfWork.required(() -> {
            Asset created = unitOfWork.withEntityManager(entityManagers, em -> insert(em, request));
            audit.record(actor, AuditAction.CREATED, ENTITY_TYPE, String.valueOf(created.assetId()), created.name(),
                    creationChanges(created));
            return created;
        });
    }

    private Asset insert(EntityManager em, NewAsset request) {
        if (!em.createQuery("select a.id from AssetEntity a where a.assetNumber = :number")
                .setParameter("number", request.assetNumber()).getResultList().isEmpty()) {
            throw new ConflictException("Asset number " + request.assetNumber() + " is already taken");
        }
        AssetTypeEntity type = single(em, AssetTypeEntity.class, "code", request.assetTypeCode(), "assettype");
        String statusCode = request.statusCode() == null ? DEFAULT_STATUS : request.statusCode();
        AssetStatusEntity status = single(em, AssetStatusEntity.class, "code", statusCode, "status");
        AssetEntity entity = new AssetEntity(request.assetNumber(), request.name(), type, status,
                CorePersistence.toColumn(clock.instant()));
        entity.place(request.locationId(), request.businessUnitId());
        entity.describe(request.serialNumber(), request.notes());
        em.persist(entity);
        em.flush();
        return entity.toDto();
    }

    private static <T> T single(EntityManager em, Class<T> entity, String attribute, String value, String field) {
        List<T> found = em.createQuery("select e from " + entity.getSimpleName() + " e where e." + attribute + " = :value", entity)
                .setParameter("value", value).getResultList();
        if (found.isEmpty()) {
            throw new ValidationException(List.of(new FieldError(field, "unknown " + field + " '" + value + "'")));
        }
        return found.get(0);
    }

    private static Map<String, FieldChange> creationChanges(Asset asset) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        put(changes, "assetnumber", asset.assetNumber());
        put(changes, "name", asset.name());
        put(changes, "assettype", asset.assetTypeCode());
        put(changes, "status", asset.statusCode());
        put(changes, "locationid", asset.locationId());
        put(changes, "businessunitid", asset.businessUnitId());
        put(changes, "serialnumber", asset.serialNumber());
        put(changes, "notes", asset.notes());
        return changes;
    }

    private static void put(Map<String, FieldChange> changes, String field, Object value) {
        if (value != null) {
            changes.put(field, new FieldChange(null, value));
        }
    }

    @Override
    public Optional<Asset> find(long assetId) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(AssetEntity.class, assetId)).map(AssetEntity::toDto));
    }

    @Override
    public Optional<Asset> findByNumber(String assetNumber) {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select a from AssetEntity a where a.assetNumber = :number", AssetEntity.class)
                .setParameter("number", assetNumber).getResultList().stream().findFirst().map(AssetEntity::toDto));
    }
}
