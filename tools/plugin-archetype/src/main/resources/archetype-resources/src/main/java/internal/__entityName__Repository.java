package ${package}.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/**
 * Table {@value ${entityName}AssetType#TABLE}, through the plugin's persistence unit, in the
 * caller's {@link UnitOfWork} transaction. Goes live only once the core has applied the plugin's
 * changelog ({@link SchemaReady}).
 */
@Component(service = ${entityName}Repository.class)
public class ${entityName}Repository {

    static final String UNIT = "(osgi.unit.name=shopdb-${pluginName})";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + ${entityName}AssetType.OWNER + ")";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public ${entityName}Repository(@Reference(target = UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    public Optional<Stored${entityName}> find(long assetId) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(${entityName}Entity.class, assetId)).map(${entityName}Entity::toStored));
    }

    /** The rows of these assets that have one, by asset id. */
    public Map<Long, Stored${entityName}> findAll(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select r from ${entityName}Entity r where r.assetId in :ids", ${entityName}Entity.class)
                .setParameter("ids", List.copyOf(assetIds)).getResultList().stream()
                .map(${entityName}Entity::toStored)
                .collect(Collectors.toMap(Stored${entityName}::assetId, Function.identity())));
    }

    public void insert(long assetId, ${entityName}Fields fields) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            em.persist(new ${entityName}Entity(assetId, fields));
            em.flush();
            return null;
        });
    }

    /**
     * Replaces the fields of a row read at {@code readVersion}.
     *
     * @throws OptimisticLockException when the row changed since
     */
    public void update(long assetId, ${entityName}Fields fields, long readVersion) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            ${entityName}Entity entity = em.find(${entityName}Entity.class, assetId);
            if (entity == null || entity.version() != readVersion) {
                throw new OptimisticLockException("${entityName} " + assetId + " changed since version " + readVersion);
            }
            entity.apply(fields);
            em.flush();
            return null;
        });
    }

    public long count() {
        return unitOfWork.withEntityManager(entityManagers,
                em -> em.createQuery("select count(r) from ${entityName}Entity r", Long.class).getSingleResult());
    }
}
