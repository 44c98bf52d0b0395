package org.shopdb.core.internal.address;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.asset.NetworkIdentifiers;
import org.shopdb.api.asset.NewNetworkAddress;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.error.FieldError;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.error.ValidationException;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.core.internal.persistence.CorePersistence;
import org.shopdb.core.internal.search.CoreFieldIndex;

/** Network addresses in the {@code networkaddresses} table, audited as {@code NetworkAddress}. */
@Component(service = NetworkAddressService.class)
public class JpaNetworkAddressService implements NetworkAddressService {

    static final String ENTITY_TYPE = "NetworkAddress";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AssetService assets;
    private final AuditService audit;
    private final CoreFieldIndex searchIndex;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaNetworkAddressService(@Reference(target = CorePersistence.UNIT) EntityManagerFactory entityManagers,
            @Reference UnitOfWork unitOfWork, @Reference AssetService assets, @Reference AuditService audit,
            @Reference CoreFieldIndex searchIndex, @Reference(target = CorePersistence.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.assets = assets;
        this.audit = audit;
        this.searchIndex = searchIndex;
    }

    @Override
    public List<NetworkAddress> forAsset(long assetId) {
        assets.require(assetId);
        return unitOfWork.withEntityManager(entityManagers, em -> ofAsset(em, assetId).stream().map(NetworkAddressEntity::toDto).toList());
    }

    @Override
    public Map<Long, NetworkAddress> primaryAddresses(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select n from NetworkAddressEntity n where n.primary = true and n.assetId in :ids", NetworkAddressEntity.class)
                .setParameter("ids", List.copyOf(assetIds)).getResultList().stream().map(NetworkAddressEntity::toDto)
                .collect(Collectors.toMap(NetworkAddress::assetId, Function.identity(), (first, second) -> first)));
    }

    @Override
    public NetworkAddress add(Actor actor, long assetId, NewNetworkAddress address) {
        NewNetworkAddress normal = normalise(address);
        return unitOfWork.required(() -> {
            Asset asset = assets.require(assetId);
            searchIndex.lock(assetId);
            NetworkAddress added = unitOfWork.withEntityManager(entityManagers, em -> {
                if (normal.primary()) {
                    ofAsset(em, assetId).forEach(NetworkAddressEntity::demote);
                }
                NetworkAddressEntity entity = new NetworkAddressEntity(assetId, normal.ipAddress(), normal.macAddress(),
                        normal.hostname(), normal.primary(), CorePersistence.toColumn(clock.instant()));
                em.persist(entity);
                em.flush();
                return entity.toDto();
            });
            searchIndex.assetChanged(assetId);
            audit.record(actor, AuditAction.CREATED, ENTITY_TYPE, String.valueOf(added.addressId()), asset.assetNumber(), changes(added, true));
            return added;
        });
    }

    @Override
    public void remove(Actor actor, long assetId, long addressId) {
        unitOfWork.required(() -> {
            Asset asset = assets.require(assetId);
            searchIndex.lock(assetId);
            NetworkAddress removed = unitOfWork.withEntityManager(entityManagers, em -> {
                NetworkAddressEntity entity = em.find(NetworkAddressEntity.class, addressId);
                if (entity == null || entity.toDto().assetId() != assetId) {
                    throw new NotFoundException("Network address", addressId);
                }
                NetworkAddress last = entity.toDto();
                em.remove(entity);
                em.flush();
                return last;
            });
            searchIndex.assetChanged(assetId);
            audit.record(actor, AuditAction.DELETED, ENTITY_TYPE, String.valueOf(addressId), asset.assetNumber(), changes(removed, false));
            return null;
        });
    }

    private static List<NetworkAddressEntity> ofAsset(EntityManager em, long assetId) {
        return em.createQuery("select n from NetworkAddressEntity n where n.assetId = :asset order by n.id", NetworkAddressEntity.class)
                .setParameter("asset", assetId).getResultList();
    }

    static NewNetworkAddress normalise(NewNetworkAddress address) {
        List<FieldError> errors = new ArrayList<>();
        String ip = normalised(errors, "ipaddress", address.ipAddress(), NetworkIdentifiers.ip(orEmpty(address.ipAddress())),
                "is not an IPv4 or IPv6 address");
        String mac = normalised(errors, "macaddress", address.macAddress(), NetworkIdentifiers.mac(orEmpty(address.macAddress())),
                "is not a MAC address (12 hex digits, any of : - . as separators)");
        String host = normalised(errors, "hostname", address.hostname(), NetworkIdentifiers.hostname(orEmpty(address.hostname())),
                "is not a valid hostname");
        if (errors.isEmpty() && ip == null && mac == null && host == null) {
            errors.add(new FieldError("ipaddress", "give at least one of ipaddress, macaddress, hostname"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewNetworkAddress(ip, mac, host, address.primary());
    }

    private static String normalised(List<FieldError> errors, String field, String raw, String normal, String problem) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (normal == null) {
            errors.add(new FieldError(field, problem));
        }
        return normal;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, FieldChange> changes(NetworkAddress address, boolean added) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        put(changes, "ipaddress", address.ipAddress(), added);
        put(changes, "macaddress", address.macAddress(), added);
        put(changes, "hostname", address.hostname(), added);
        put(changes, "isprimary", address.primary(), added);
        return changes;
    }

    private static void put(Map<String, FieldChange> changes, String field, Object value, boolean added) {
        if (value != null) {
            changes.put(field, added ? new FieldChange(null, value) : new FieldChange(value, null));
        }
    }
}
