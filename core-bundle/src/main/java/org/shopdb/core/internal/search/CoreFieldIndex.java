package org.shopdb.core.internal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;

/**
 * The contains index for the core's own writes: the asset and network-address services call it
 * inside the transaction of each write that changes a searched value, so the index commits or
 * rolls back with the row. Only the core's fields are touched; plugin fields are re-read by
 * {@link JdbcSearchIndex}, which their plugins call.
 */
@Component(service = CoreFieldIndex.class)
public class CoreFieldIndex {

    private final DataSource dataSource;
    private final UnitOfWork unitOfWork;

    @Activate
    public CoreFieldIndex(@Reference(target = "(osgi.jndi.service.name=" + UnitOfWork.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference UnitOfWork unitOfWork, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.dataSource = dataSource;
        this.unitOfWork = unitOfWork;
    }

    /** After inserting the asset: its values are known, nothing needs reading. */
    public void assetCreated(long assetId, String assetNumber, String name, String serialNumber) {
        write("index asset " + assetId, connection -> {
            SuffixRows.replace(connection, SearchSource.CORE_ID, assetId, CoreValues.ofNewAsset(assetNumber, name, serialNumber));
            return null;
        });
    }

    /** After changing the asset's number, name or serial number, or one of its addresses. */
    public void assetChanged(long assetId) {
        write("index asset " + assetId, connection -> {
            reindex(connection, assetId);
            return null;
        });
    }

    /** After deleting the asset: its rows of every source go. */
    public void assetDeleted(long assetId) {
        write("remove asset " + assetId + " from the index", connection -> {
            SuffixRows.deleteAsset(connection, assetId);
            return null;
        });
    }

    /**
     * Locks the asset's row until the end of the transaction. Called before writing a row that
     * refers to the asset (an address): the foreign key check takes a shared lock on the asset,
     * and upgrading it later for {@link #assetChanged} could deadlock with a concurrent update.
     */
    public void lock(long assetId) {
        write("lock asset " + assetId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select assetid from assets where assetid = ? for update")) {
                select.setLong(1, assetId);
                select.executeQuery().close();
            }
            return null;
        });
    }

    /**
     * Replaces the core's rows of the asset with its current values (its row locked, values read
     * with locking reads); removes all its rows when it no longer exists.
     *
     * @return whether the asset exists
     */
    static boolean reindex(Connection connection, long assetId) throws SQLException {
        Optional<List<SearchableValue>> values = CoreValues.lockAndRead(connection, assetId);
        if (values.isEmpty()) {
            SuffixRows.deleteAsset(connection, assetId);
            return false;
        }
        SuffixRows.replace(connection, SearchSource.CORE_ID, assetId, values.get());
        return true;
    }

    private void write(String what, Sql.Work<Void> work) {
        Sql.required(unitOfWork, dataSource, what, work);
    }
}
