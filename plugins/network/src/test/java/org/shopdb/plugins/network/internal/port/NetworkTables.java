package org.shopdb.plugins.network.internal.port;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetQuery;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetUpdate;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.asset.NewAsset;
import org.shopdb.api.asset.NewNetworkAddress;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditEntry;
import org.shopdb.api.audit.AuditQuery;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.paging.Page;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.tx.TransactionalDataSource;
import org.shopdb.testkit.PluginTestDatabase;

/**
 * The plugin's tables on H2 with the core's schema under them (as the distribution runs them),
 * its persistence unit over them through the core's unit of work, and stand-ins of the core services the port code calls: an
 * audit trail that keeps its entries, network addresses that count their lookups, assets by id.
 */
final class NetworkTables implements AutoCloseable {

    final DataSource database = PluginTestDatabase.migrated("db/shopdb-network.xml");
    /** The core's own unit of work: the plugin's blocks join one transaction on one connection, as in the container. */
    private final TransactionalDataSource transactions = new TransactionalDataSource(database);
    final EntityManagerFactory entityManagers = Persistence.createEntityManagerFactory("shopdb-network",
            Map.of("javax.persistence.nonJtaDataSource", transactions));
    final UnitOfWork unitOfWork = transactions;
    final RecordedAudit audit = new RecordedAudit();
    final KnownAddresses addresses = new KnownAddresses();
    final KnownAssets assets = new KnownAssets();
    /** The devices whose search entries were renewed, in order. */
    final List<Long> reindexed = new ArrayList<>();

    static final Actor SCRIPT = Actor.apiKey("lldp-discovery");
    static final Instant MORNING = Instant.parse("2026-11-25T06:00:00Z");
    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    PortSync portSync() {
        return new PortSync(entityManagers, unitOfWork, audit, addresses, reindexed::add, null);
    }

    PortQueries portQueries() {
        return new PortQueries(entityManagers, unitOfWork, assets, addresses, null);
    }

    /** A network device: asset and networkdevices row. */
    DeviceRef device(String assetNumber) {
        long id = PluginTestDatabase.asset(database, "networkdevice", assetNumber);
        execute("insert into networkdevices (assetid, devicekind) values (" + id + ", 'switch')");
        assets.add(id, assetNumber);
        return new DeviceRef(id, assetNumber);
    }

    /** Another plugin's asset, with a network address of this MAC. */
    long assetWithMac(String assetNumber, String mac, boolean primary) {
        long id = PluginTestDatabase.asset(database, "computer", assetNumber);
        assets.add(id, assetNumber);
        addresses.add(id, mac, primary);
        return id;
    }

    void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Object single(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        entityManagers.close();
    }

    static final class RecordedAudit implements AuditService {

        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public AuditEntry record(Actor actor, AuditAction action, String entityType, String entityId, String entityName,
                Map<String, FieldChange> changes) {
            AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.now(), actor, action, entityType, entityId, entityName, changes);
            entries.add(entry);
            return entry;
        }

        @Override
        public List<AuditEntry> forEntity(String entityType, String entityId) {
            return entries.stream().filter(entry -> entry.entityType().equals(entityType) && entry.entityId().equals(entityId)).toList();
        }

        @Override
        public Page<AuditEntry> list(AuditQuery query) {
            throw new UnsupportedOperationException();
        }
    }

    static final class KnownAddresses implements NetworkAddressService {

        private final List<NetworkAddress> addresses = new ArrayList<>();
        int macLookups;

        void add(long assetId, String mac, boolean primary) {
            addresses.add(new NetworkAddress(addresses.size() + 1, assetId, null, NetworkIdentifiers.mac(mac), null, primary));
        }

        void removeAll(long assetId) {
            addresses.removeIf(address -> address.assetId() == assetId);
        }

        @Override
        public List<NetworkAddress> withMacAddresses(Collection<String> macAddresses) {
            macLookups++;
            return addresses.stream().filter(address -> macAddresses.contains(address.macAddress())).toList();
        }

        @Override
        public Map<Long, NetworkAddress> primaryAddresses(Collection<Long> assetIds) {
            Map<Long, NetworkAddress> primary = new HashMap<>();
            addresses.stream().filter(address -> address.primary() && assetIds.contains(address.assetId()))
                    .forEach(address -> primary.put(address.assetId(), address));
            return primary;
        }

        @Override
        public List<NetworkAddress> forAsset(long assetId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public NetworkAddress add(Actor actor, long assetId, NewNetworkAddress address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Actor actor, long assetId, long addressId) {
            throw new UnsupportedOperationException();
        }
    }

    static final class KnownAssets implements AssetService {

        private final Map<Long, Asset> assets = new HashMap<>();
        int lookups;

        void add(long id, String assetNumber) {
            assets.put(id, new Asset(id, assetNumber, assetNumber + " name", "test", "inservice", null, null, null, null, true,
                    Instant.EPOCH, Instant.EPOCH, 0));
        }

        @Override
        public List<Asset> findAll(Collection<Long> assetIds) {
            lookups++;
            return assetIds.stream().map(assets::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public Optional<Asset> find(long assetId) {
            return Optional.ofNullable(assets.get(assetId));
        }

        @Override
        public Asset create(Actor actor, NewAsset asset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Asset update(Actor actor, long assetId, AssetUpdate update) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(Actor actor, long assetId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Asset> list(AssetQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Asset> findByNumber(String assetNumber) {
            throw new UnsupportedOperationException();
        }
    }
}
