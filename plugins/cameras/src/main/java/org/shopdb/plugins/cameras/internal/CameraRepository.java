package org.shopdb.plugins.cameras.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.NetworkAddress;
import org.shopdb.api.paging.Page;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;

/**
 * The {@code cameras} table, through the plugin's persistence unit, in the caller's
 * {@link UnitOfWork} transaction. Only goes live once the plugin's changelog is applied.
 */
@Component(service = CameraRepository.class)
public class CameraRepository {

    static final String UNIT = "(osgi.unit.name=shopdb-cameras)";
    static final String SCHEMA_READY = "(" + SchemaReady.OWNER + "=" + CameraAssetType.OWNER + ")";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;

    @Activate
    public CameraRepository(@Reference(target = UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference(target = SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
    }

    public Optional<StoredCamera> find(long assetId) {
        return unitOfWork.withEntityManager(entityManagers,
                em -> Optional.ofNullable(em.find(CameraEntity.class, assetId)).map(CameraEntity::toStored));
    }

    public void insert(long assetId, CameraFields fields) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            em.persist(new CameraEntity(assetId, fields));
            em.flush();
            return null;
        });
    }

    /**
     * Replaces the fields of a row read at {@code readVersion}.
     *
     * @throws OptimisticLockException when the row changed since
     */
    public void update(long assetId, CameraFields fields, long readVersion) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            CameraEntity entity = em.find(CameraEntity.class, assetId);
            if (entity == null || entity.version() != readVersion) {
                throw new OptimisticLockException("camera " + assetId + " changed since version " + readVersion);
            }
            entity.apply(fields);
            em.flush();
            return null;
        });
    }

    /**
     * Moves {@code lastseen} forward to {@code seen} (never back), leaving the row's version as
     * it is: a collector's heartbeat must not make a user's open edit stale. Native SQL, because
     * EclipseLink's JPQL bulk update bumps the version of a versioned entity.
     */
    public void recordSeen(long assetId, Instant seen) {
        LocalDateTime column = Times.toColumn(seen);
        unitOfWork.withEntityManager(entityManagers, em -> em.createNativeQuery(
                "UPDATE cameras SET lastseen = ? WHERE assetid = ? AND (lastseen IS NULL OR lastseen < ?)")
                .setParameter(1, column).setParameter(2, assetId).setParameter(3, column).executeUpdate());
    }

    /** One page of cameras; {@code statusId} and {@code locationIds} are the query's status and place, resolved. */
    public Page<ListedCamera> page(CameraQuery query, Long statusId, Collection<Long> locationIds) {
        return unitOfWork.withEntityManager(entityManagers, em -> new CameraListQuery(em, query, statusId, locationIds).run());
    }

    /** The primary address of each of these assets that has one. */
    public Map<Long, NetworkAddress> primaryAddresses(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.withEntityManager(entityManagers, em -> {
            Map<Long, NetworkAddress> primary = new HashMap<>();
            em.createQuery("select n from NetworkAddressView n where n.primary = true and n.assetId in :ids", NetworkAddressView.class)
                    .setParameter("ids", List.copyOf(assetIds)).getResultList()
                    .forEach(view -> primary.put(view.toDto().assetId(), view.toDto()));
            return primary;
        });
    }

    /** The address holding this MAC ({@code AA:BB:CC:DD:EE:FF}) on a camera, if any camera has it. */
    public Optional<NetworkAddress> cameraAddressWithMac(String mac) {
        return unitOfWork.withEntityManager(entityManagers, em -> em.createQuery(
                "select n from NetworkAddressView n, CameraEntity c where c.assetId = n.assetId and n.macAddress = :mac order by n.assetId",
                NetworkAddressView.class).setParameter("mac", mac).setMaxResults(1).getResultList().stream()
                .findFirst().map(NetworkAddressView::toDto));
    }

    /** Number of cameras per status id. */
    public Map<Long, Long> countByStatus() {
        return unitOfWork.withEntityManager(entityManagers, em -> {
            Map<Long, Long> counts = new HashMap<>();
            em.createQuery("select a.statusId, count(c) from CameraEntity c, AssetView a where a.assetId = c.assetId group by a.statusId",
                    Object[].class).getResultList()
                    .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
            return counts;
        });
    }

    /** Cameras a collector reported at some time, but not since {@code cutoff}: longest unseen first. */
    public List<UnseenCamera> seenOnlyBefore(Instant cutoff, int limit) {
        return unitOfWork.withEntityManager(entityManagers, em -> em.createQuery(
                "select a.assetId, a.assetNumber, a.name, c.lastSeen from CameraEntity c, AssetView a"
                        + " where a.assetId = c.assetId and c.lastSeen < :cutoff order by c.lastSeen, a.assetNumber", Object[].class)
                .setParameter("cutoff", Times.toColumn(cutoff)).setMaxResults(limit).getResultList().stream()
                .map(row -> new UnseenCamera(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        Times.fromColumn((LocalDateTime) row[3])))
                .toList());
    }
}
