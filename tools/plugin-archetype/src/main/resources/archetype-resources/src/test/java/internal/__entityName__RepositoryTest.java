package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdb.api.tx.EntityManagerWork;
import org.shopdb.api.tx.TransactionalWork;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.testkit.PluginTestDatabase;

/**
 * The entity, the queries and the changelog together, on the tables the core and the plugin's
 * changelog create (H2, as the distribution runs it). Fails when a field is added to the entity
 * but not to the changelog, or the other way round.
 */
class ${entityName}RepositoryTest {

    private static DataSource database;
    private static EntityManagerFactory entityManagers;
    private static ${entityName}Repository repository;

    @BeforeAll
    static void migratedDatabase() {
        database = PluginTestDatabase.migrated("db/shopdb-${pluginName}.xml");
        entityManagers = Persistence.createEntityManagerFactory("shopdb-${pluginName}", Map.of("javax.persistence.nonJtaDataSource", database));
        repository = new ${entityName}Repository(entityManagers, new EachCallCommits(), null);
    }

    @AfterAll
    static void close() {
        entityManagers.close();
    }

    @Test
    void insertedRowIsReadBackAndCounted() {
        long id = asset("IT-1");
        long before = repository.count();
        repository.insert(id, ${entityName}Fields.fromValues(Map.of("vendor", "Acme", "model", "M-100")));
        Stored${entityName} stored = repository.find(id).orElseThrow();
        assertEquals(${entityName}Fields.fromValues(Map.of("vendor", "Acme", "model", "M-100")), stored.fields());
        assertEquals(Map.of(id, stored), repository.findAll(List.of(id, id + 1000)));
        assertEquals(before + 1, repository.count());
    }

    @Test
    void updateOfAStaleRowIsRefused() {
        long id = asset("IT-2");
        repository.insert(id, ${entityName}Fields.fromValues(Map.of("model", "M-100")));
        long read = repository.find(id).orElseThrow().version();
        repository.update(id, ${entityName}Fields.fromValues(Map.of("model", "M-200")), read);
        assertEquals("M-200", repository.find(id).orElseThrow().fields().model());
        assertThrows(OptimisticLockException.class, () -> repository.update(id, ${entityName}Fields.fromValues(Map.of("model", "M-300")), read));
    }

    @Test
    void deletingTheAssetDeletesTheRow() throws SQLException {
        long id = asset("IT-3");
        repository.insert(id, ${entityName}Fields.fromValues(Map.of("model", "M-100")));
        sql("delete from assets where assetid = " + id);
        assertTrue(repository.find(id).isEmpty(), "ON DELETE CASCADE");
    }

    private static long asset(String number) {
        return PluginTestDatabase.asset(database, ${entityName}AssetType.CODE, number);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    /** Outside the container each entity-manager block is a transaction of its own: all the repository needs. */
    private static final class EachCallCommits implements UnitOfWork {

        @Override
        public <T> T required(TransactionalWork<T> work) {
            try {
                return work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public <T> T withEntityManager(EntityManagerFactory factory, EntityManagerWork<T> work) {
            EntityManager em = factory.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        @Override
        public boolean isActive() {
            return false;
        }
    }
}
