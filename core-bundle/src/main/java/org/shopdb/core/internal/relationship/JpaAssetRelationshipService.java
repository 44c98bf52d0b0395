package org.shopdb.core.internal.relationship;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetRelationship;
import org.shopdb.api.asset.AssetRelationshipService;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.ConflictException;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/** Relationships in the {@code assetrelationships} table, audited as {@code AssetRelationship}. */
@Component(service = AssetRelationshipService.class)
public class JpaAssetRelationshipService implements AssetRelationshipService {

    static final String ENTITY_TYPE = "AssetRelationship";
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{1,29}");

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AssetService assets;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaAssetRelationshipService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AssetService assets, @Reference AuditService audit,
            @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.assets = assets;
        this.audit = audit;
    }

    @Override
    public List<AssetRelationship> forAsset(long assetId) {
        assets.require(assetId);
        return unitOfWork.withEntityManager(entityManagers, em -> em.createQuery(
                "select r from AssetRelationshipEntity r where r.fromAssetId = :asset or r.toAssetId = :asset order by r.id",
                AssetRelationshipEntity.class).setParameter("asset", assetId).getResultList()
                .stream().map(AssetRelationshipEntity::toDto).toList());
    }

    @Override
    public AssetRelationship relate(Actor actor, long fromAssetId, long toAssetId, String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw ValidationException.of("type", "must be a lower-case word of 2-30 letters, digits or _, e.g. " + COMMON_TYPES);
        }
        if (fromAssetId == toAssetId) {
            throw ValidationException.of("toassetid", "an asset cannot be related to itself");
        }
        return unitOfWork.required(() -> {
            Asset from = assets.require(fromAssetId);
            Asset to = assets.find(toAssetId).orElseThrow(() -> ValidationException.of("toassetid", "unknown asset " + toAssetId));
            AssetRelationship created = unitOfWork.withEntityManager(entityManagers, em -> {
                boolean exists = !em.createQuery("select r.id from AssetRelationshipEntity r where r.fromAssetId = :from"
                        + " and r.toAssetId = :to and r.type = :type").setParameter("from", fromAssetId)
                        .setParameter("to", toAssetId).setParameter("type", type).getResultList().isEmpty();
                if (exists) {
                    throw new ConflictException(from.assetNumber() + " already " + type + " " + to.assetNumber());
                }
                AssetRelationshipEntity entity = new AssetRelationshipEntity(fromAssetId, toAssetId, type,
                        CorePersistence.toColumn(clock.instant()));
                em.persist(entity);
                em.flush();
                return entity.toDto();
            });
            audit.record(actor, AuditAction.CREATED, ENTITY_TYPE, String.valueOf(created.relationshipId()),
                    from.assetNumber() + " " + type + " " + to.assetNumber(), changes(created, true));
            return created;
        });
    }

    @Override
    public void unrelate(Actor actor, long assetId, long relationshipId) {
        unitOfWork.required(() -> {
            assets.require(assetId);
            AssetRelationship removed = unitOfWork.withEntityManager(entityManagers, em -> {
                AssetRelationshipEntity entity = em.find(AssetRelationshipEntity.class, relationshipId);
                AssetRelationship found = entity == null ? null : entity.toDto();
                if (found == null || (found.fromAssetId() != assetId && found.toAssetId() != assetId)) {
                    throw new NotFoundException("Relationship", relationshipId);
                }
                em.remove(entity);
                em.flush();
                return found;
            });
            audit.record(actor, AuditAction.DELETED, ENTITY_TYPE, String.valueOf(relationshipId), removed.type(), changes(removed, false));
            return null;
        });
    }

    private static Map<String, FieldChange> changes(AssetRelationship relationship, boolean created) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("fromassetid", change(relationship.fromAssetId(), created));
        changes.put("toassetid", change(relationship.toAssetId(), created));
        changes.put("type", change(relationship.type(), created));
        return changes;
    }

    private static FieldChange change(Object value, boolean created) {
        return created ? new FieldChange(null, value) : new FieldChange(value, null);
    }
}
