package org.shopdb.core.internal.family;

import java.util.List;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Query;

import org.shopdb.api.tx.UnitOfWork;

/** SQL over tables of several owners (a plugin's table joined to the core's), in the caller's unit of work. */
final class NativeSql {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    NativeSql(EntityManagerFactory entityManagers, UnitOfWork unitOfWork) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    /** The rows of a query (a single column's values, or {@code Object[]} per row for several), {@code max} at most from {@code first}. */
    List<?> rows(String sql, List<Object> parameters, int first, int max) {
        return unitOfWork.withEntityManager(entityManagers, em -> bound(em.createNativeQuery(sql), parameters)
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    List<?> rows(String sql, List<Object> parameters) {
        return unitOfWork.withEntityManager(entityManagers, em -> bound(em.createNativeQuery(sql), parameters).getResultList());
    }

    long count(String sql, List<Object> parameters) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> ((Number) bound(em.createNativeQuery(sql), parameters).getSingleResult()).longValue());
    }

    int update(String sql, List<Object> parameters) {
        return unitOfWork.withEntityManager(entityManagers, em -> bound(em.createNativeQuery(sql), parameters).executeUpdate());
    }

    private static Query bound(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
