package org.shopdb.api.family;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;

import org.shopdb.api.tx.UnitOfWork;

/**
 * {@link FamilyRows} over a JPA entity of the plugin's persistence unit, in the caller's
 * {@link UnitOfWork} transaction.
 *
 * @param <E> the entity, mapped to the plugin's table
 */
public final class JpaFamilyRows<E extends FamilyRow<F>, F extends Record & FamilyFields> implements FamilyRows<F> {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final Class<E> entityType;
    private final BiFunction<Long, F, E> newEntity;

    /** @param newEntity makes the entity of a new row from its asset id and values */
    public JpaFamilyRows(EntityManagerFactory entityManagers, UnitOfWork unitOfWork, Class<E> entityType, BiFunction<Long, F, E> newEntity) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.entityType = entityType;
        this.newEntity = newEntity;
    }

    @Override
    public Map<Long, StoredRow<F>> findAll(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select r from " + entityName() + " r where r.assetId in :ids", entityType)
                .setParameter("ids", List.copyOf(assetIds)).getResultList().stream()
                .map(row -> new StoredRow<>(row.assetId(), row.fields(), row.version()))
                .collect(Collectors.toMap(StoredRow::assetId, Function.identity())));
    }

    @Override
    public void insert(long assetId, F fields) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            em.persist(newEntity.apply(assetId, fields));
            em.flush();
            return null;
        });
    }

    @Override
    public void update(long assetId, F fields, long readVersion) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            E row = em.find(entityType, assetId);
            if (row == null || row.version() != readVersion) {
                throw new OptimisticLockException(entityName() + " " + assetId + " changed since version " + readVersion);
            }
            row.apply(fields);
            em.flush();
            return null;
        });
    }

    /** The entity name JPQL knows the entity by: its simple class name unless {@code @Entity(name)} says otherwise. */
    private String entityName() {
        javax.persistence.Entity entity = entityType.getAnnotation(javax.persistence.Entity.class);
        return entity == null || entity.name().isEmpty() ? entityType.getSimpleName() : entity.name();
    }
}
