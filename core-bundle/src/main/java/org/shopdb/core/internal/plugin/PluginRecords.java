package org.shopdb.core.internal.plugin;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/** The {@code plugins} table. */
@Component(service = PluginRecords.class)
public class PluginRecords {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public PluginRecords(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    public List<PluginRecord> all() {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select p from PluginRecordEntity p order by p.name", PluginRecordEntity.class)
                .getResultList().stream().map(PluginRecordEntity::toRecord).toList());
    }

    public Optional<PluginRecord> find(String name) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(PluginRecordEntity.class, name)).map(PluginRecordEntity::toRecord));
    }

    /**
     * Runs {@code work} in a transaction with the plugin's row locked (or absent, for a first
     * install): containers sharing the database take turns, so each step happens once.
     */
    <T> T withLockedRow(String name, RowWork<T> work) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> work.apply(em, em.find(PluginRecordEntity.class, name, LockModeType.PESSIMISTIC_WRITE)));
    }

    @FunctionalInterface
    interface RowWork<T> {
        /** @param row the locked row, or {@code null} when this database has never seen the plugin */
        T apply(EntityManager em, PluginRecordEntity row);
    }
}
