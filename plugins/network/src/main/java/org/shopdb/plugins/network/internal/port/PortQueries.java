package org.shopdb.plugins.network.internal.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.paging.Page;
import org.shopdb.api.paging.PageRequest;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.network.internal.NetworkDeviceStore;

/**
 * Reads the child tables: a device's ports (filtered, in interface order, paged) and VLANs, where
 * a MAC or an asset is plugged in, and the link breakdown for the dashboard. Asset numbers come from the core in one
 * query per answer.
 */
@Component(service = PortQueries.class)
public class PortQueries {

    /** Ports currently reported come before gone ones, the latest seen first. */
    static final Comparator<NetworkPort> CURRENT_FIRST = Comparator.comparing(NetworkPort::isGone)
            .thenComparing(NetworkPort::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(NetworkPort::networkPortId);

    /** How a port is connected, as SQL over {@code networkports}: portable to H2, MariaDB and MySQL. */
    private static final String CONNECTION = "case when status = 'gone' then 'gone' when linkedassetid is not null then 'linked'"
            + " when connectedmac is not null then 'unlinked' else 'nomac' end";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AssetService assets;
    private final NetworkAddressService addresses;

    @Activate
    public PortQueries(@Reference(target = NetworkDeviceStore.UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference AssetService assets, @Reference NetworkAddressService addresses,
            @Reference(target = NetworkDeviceStore.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.assets = assets;
        this.addresses = addresses;
    }

    /** A device's ports matching the filter, in interface order ({@link PortNameOrder}), one page. */
    public Page<NetworkPort> ofDevice(long deviceAssetId, PortFilter filter, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select p from NetworkPortEntity p where p.assetId = :device");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("device", deviceAssetId);
        if (filter.linked() != null) {
            jpql.append(filter.linked() ? " and p.linkedAssetId is not null" : " and p.linkedAssetId is null");
        }
        if (filter.vlanId() != null) {
            jpql.append(" and p.vlanId = :vlan");
            parameters.put("vlan", filter.vlanId());
        }
        if (filter.status() != null) {
            jpql.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        List<NetworkPortEntity> rows = read(jpql.toString(), parameters).stream()
                .sorted(Comparator.comparing((NetworkPortEntity row) -> row.state().portName(), PortNameOrder.INSTANCE)).toList();
        List<NetworkPortEntity> onPage = rows.subList(Math.min(page.offset(), rows.size()), Math.min(page.offset() + page.perPage(), rows.size()));
        Map<Long, Asset> linked = assetsOf(onPage.stream().map(NetworkPortEntity::linkedAssetId));
        return new Page<>(onPage.stream().map(row -> view(row, linked)).toList(), page.page(), page.perPage(), rows.size());
    }

    /** A device's VLANs by id. */
    public List<Vlan> vlansOf(long deviceAssetId) {
        return unitOfWork.withEntityManager(entityManagers, em -> em
                .createQuery("select v from NetworkVlanEntity v where v.assetId = :device order by v.vlanId", NetworkVlanEntity.class)
                .setParameter("device", deviceAssetId).getResultList().stream().map(NetworkVlanEntity::vlan).toList());
    }

    /** The ports whose connected MAC is this one (normalised), each with its device: where the MAC is (and was) plugged in. */
    public List<PortLocation> withMac(String normalisedMac) {
        return located(read("select p from NetworkPortEntity p where p.connectedMac = :mac", Map.of("mac", normalisedMac)));
    }

    /** The ports linked to this asset: where it is (and was) plugged in. */
    public List<PortLocation> linkedTo(long assetId) {
        return located(read("select p from NetworkPortEntity p where p.linkedAssetId = :asset", Map.of("asset", assetId)));
    }

    /**
     * Ports by how they are connected, in one grouped query: {@code linked} (to a known asset),
     * {@code unlinked} (a MAC no asset has), {@code nomac} (nothing learned: empty, or an uplink
     * known by its LLDP neighbour only) and {@code gone}.
     */
    public Map<String, Long> connectionCounts() {
        List<?> rows = unitOfWork.withEntityManager(entityManagers, em -> em.createNativeQuery(
                "select " + CONNECTION + ", count(*) from networkports group by " + CONNECTION).getResultList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(String.valueOf(columns[0]).trim(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private List<NetworkPortEntity> read(String jpql, Map<String, Object> parameters) {
        return unitOfWork.withEntityManager(entityManagers, em -> {
            TypedQuery<NetworkPortEntity> query = em.createQuery(jpql, NetworkPortEntity.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private List<PortLocation> located(List<NetworkPortEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> devices = rows.stream().map(NetworkPortEntity::assetId).collect(Collectors.toSet());
        Map<Long, Asset> known = assetsOf(Stream.concat(devices.stream(), rows.stream().map(NetworkPortEntity::linkedAssetId)));
        Map<Long, NetworkAddress> management = addresses.primaryAddresses(devices);
        List<PortLocation> located = new ArrayList<>();
        rows.stream().map(row -> view(row, known)).sorted(CURRENT_FIRST).forEach(port -> {
            Asset device = known.get(port.assetId());
            NetworkAddress address = management.get(port.assetId());
            located.add(new PortLocation(port, device == null ? null : device.assetNumber(), device == null ? null : device.name(),
                    address == null ? null : address.ipAddress()));
        });
        return located;
    }

    private Map<Long, Asset> assetsOf(Stream<Long> ids) {
        Collection<Long> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of() : assets.findAll(wanted).stream().collect(Collectors.toMap(Asset::assetId, Function.identity()));
    }

    private static NetworkPort view(NetworkPortEntity row, Map<Long, Asset> linked) {
        Asset asset = row.linkedAssetId() == null ? null : linked.get(row.linkedAssetId());
        return row.view(asset == null ? null : asset.assetNumber());
    }
}
