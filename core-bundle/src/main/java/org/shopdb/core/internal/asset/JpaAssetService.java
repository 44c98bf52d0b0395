package org.shopdb.core.internal.asset;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.StaleVersionException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.paging.Page;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.ConstraintViolations;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.shopdb.core.internal.reference.BusinessUnitEntity;
import org.shopdb.core.internal.reference.LocationEntity;
import org.shopdb.core.internal.search.CoreFieldIndex;

/** Assets in the {@code assets} table; each write audited in the same transaction. */
@Component(service = AssetService.class)
public class JpaAssetService implements AssetService {

    static final String ENTITY_TYPE = "Asset";
    static final String DEFAULT_STATUS = "inservice";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;
    private final CoreFieldIndex searchIndex;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaAssetService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AuditService audit, @Reference CoreFieldIndex searchIndex,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.searchIndex = searchIndex;
    }

    @Override
    public Asset create(Actor actor, NewAsset request) {
        AssetValidator.validate(request);
        return withConflictsReported(request.assetNumber(), () -> unitOfWork.required(() -> {
            Asset created = unitOfWork.withEntityManager(entityManagers, em -> insert(em, request));
            searchIndex.assetCreated(created.assetId(), created.assetNumber(), created.name(), created.serialNumber());
            record(actor, AuditAction.CREATED, created, AssetAuditChanges.created(created));
            return created;
        }));
    }

    private Asset insert(EntityManager em, NewAsset request) {
        requireFreeNumber(em, request.assetNumber(), null);
        AssetTypeEntity type = type(em, request.assetTypeCode());
        AssetStatusEntity status = status(em, request.statusCode() == null ? DEFAULT_STATUS : request.statusCode());
        requirePlace(em, request.locationId(), request.businessUnitId());
        AssetEntity entity = new AssetEntity(request.assetNumber(), request.name(), type, status,
                CorePersistence.toColumn(clock.instant()));
        entity.place(request.locationId(), request.businessUnitId());
        entity.describe(request.serialNumber(), request.notes());
        em.persist(entity);
        em.flush();
        return entity.toDto();
    }

    @Override
    public Asset update(Actor actor, long assetId, AssetUpdate update) {
        AssetValidator.validate(update);
        try {
            return withConflictsReported(update.assetNumber(), () -> unitOfWork.required(() -> {
                Asset[] beforeAndAfter = unitOfWork.withEntityManager(entityManagers, em -> apply(em, assetId, update));
                if (!searchedValuesEqual(beforeAndAfter[0], beforeAndAfter[1])) {
                    searchIndex.assetChanged(assetId);
                }
                record(actor, AuditAction.UPDATED, beforeAndAfter[1], AssetAuditChanges.between(beforeAndAfter[0], beforeAndAfter[1]));
                return beforeAndAfter[1];
            }));
        } catch (OptimisticLockException raced) {
            // Someone saved between our read and our write: same answer as a stale copy.
            throw new StaleVersionException(ENTITY_TYPE, assetId, update.version(), find(assetId).orElse(null));
        }
    }

    private Asset[] apply(EntityManager em, long assetId, AssetUpdate update) {
        AssetEntity entity = em.find(AssetEntity.class, assetId);
        if (entity == null) {
            throw new NotFoundException(ENTITY_TYPE, assetId);
        }
        Asset before = entity.toDto();
        if (entity.version() != update.version()) {
            throw new StaleVersionException(ENTITY_TYPE, assetId, update.version(), before);
        }
        requireFreeNumber(em, update.assetNumber(), assetId);
        AssetTypeEntity type = type(em, update.assetTypeCode());
        AssetStatusEntity status = status(em, update.statusCode() == null ? before.statusCode() : update.statusCode());
        requirePlace(em, update.locationId(), update.businessUnitId());
        entity.identify(update.assetNumber(), update.name());
        entity.classify(type, status);
        entity.place(update.locationId(), update.businessUnitId());
        entity.describe(update.serialNumber(), update.notes());
        entity.activate(update.active());
        Asset changed = entity.toDto();
        if (!AssetAuditChanges.between(before, changed).isEmpty()) {
            entity.touch(CorePersistence.toColumn(clock.instant()));
        }
        em.flush();
        return new Asset[] {before, entity.toDto()};
    }

    @Override
    public void delete(Actor actor, long assetId) {
        unitOfWork.required(() -> {
            Asset deleted = unitOfWork.withEntityManager(entityManagers, em -> {
                AssetEntity entity = em.find(AssetEntity.class, assetId);
                if (entity == null) {
                    throw new NotFoundException(ENTITY_TYPE, assetId);
                }
                Asset last = entity.toDto();
                em.remove(entity);
                em.flush();
                return last;
            });
            searchIndex.assetDeleted(assetId);
            record(actor, AuditAction.DELETED, deleted, AssetAuditChanges.deleted(deleted));
            return null;
        });
    }

    @Override
    public Page<Asset> list(AssetQuery query) {
        return unitOfWork.withEntityManager(entityManagers, em -> new AssetListQuery(em, query, locationPath(em, query.locationId())).run());
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

    @Override
    public List<Asset> findAll(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return List.of();
        }
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select a from AssetEntity a where a.id in :ids", AssetEntity.class)
                .setParameter("ids", List.copyOf(assetIds)).getResultList().stream().map(AssetEntity::toDto).toList());
    }

    private static boolean searchedValuesEqual(Asset before, Asset after) {
        return Objects.equals(before.assetNumber(), after.assetNumber()) && Objects.equals(before.name(), after.name())
                && Objects.equals(before.serialNumber(), after.serialNumber());
    }

    private void record(Actor actor, AuditAction action, Asset asset, Map<String, FieldChange> changes) {
        audit.record(actor, action, ENTITY_TYPE, String.valueOf(asset.assetId()), asset.name(), changes);
    }

    /** A unique-key race lost at the database is the same conflict as one seen beforehand. */
    private static <T> T withConflictsReported(String assetNumber, Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            if (!(e instanceof OptimisticLockException) && ConstraintViolations.isConstraintViolation(e)) {
                throw new ConflictException("Asset number " + assetNumber + " is already taken");
            }
            throw e;
        }
    }

    private static void requireFreeNumber(EntityManager em, String assetNumber, Long exceptAssetId) {
        List<?> holders = em.createQuery("select a.id from AssetEntity a where a.assetNumber = :number")
                .setParameter("number", assetNumber).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(exceptAssetId))) {
            throw new ConflictException("Asset number " + assetNumber + " is already taken");
        }
    }

    private static AssetTypeEntity type(EntityManager em, String code) {
        return single(em, AssetTypeEntity.class, code, "assettype");
    }

    private static AssetStatusEntity status(EntityManager em, String code) {
        return single(em, AssetStatusEntity.class, code, "status");
    }

    private static <T> T single(EntityManager em, Class<T> entity, String code, String field) {
        List<T> found = em.createQuery("select e from " + entity.getSimpleName() + " e where e.code = :code", entity)
                .setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw ValidationException.of(field, "unknown " + field + " '" + code + "'");
        }
        return found.get(0);
    }

    private static void requirePlace(EntityManager em, Long locationId, Long businessUnitId) {
        List<FieldError> errors = new ArrayList<>();
        if (locationId != null && em.find(LocationEntity.class, locationId) == null) {
            errors.add(new FieldError("locationid", "unknown location " + locationId));
        }
        if (businessUnitId != null && em.find(BusinessUnitEntity.class, businessUnitId) == null) {
            errors.add(new FieldError("businessunitid", "unknown business unit " + businessUnitId));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String locationPath(EntityManager em, Long locationId) {
        if (locationId == null) {
            return null;
        }
        LocationEntity location = em.find(LocationEntity.class, locationId);
        if (location == null) {
            throw ValidationException.of("locationid", "unknown location " + locationId);
        }
        return location.path();
    }
}
