package org.shopdb.plugins.network.internal.port;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.api.family.Times;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.network.internal.NetworkDeviceStore;

/**
 * Lays a device's reported ports over its stored ones, in the caller's transaction: new ports
 * are added, changed ones updated, and — when the report is complete — ports it no longer lists
 * are marked {@code gone} (kept, with their last connection, so "where was this MAC plugged in"
 * still has an answer). Each port is linked to the asset holding its connected MAC, found for
 * the whole report in one query. Every change is audited as {@value #AUDIT_ENTITY} field by
 * field; a port that did not change writes nothing but its {@code lastseen}. When a connected MAC
 * (a search field) changed, the device is reindexed for search, once per report.
 */
@Component(service = PortSync.class)
public class PortSync {

    static final String AUDIT_ENTITY = "networkport";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;
    private final NetworkAddressService addresses;
    private final SearchIndex searchIndex;

    @Activate
    public PortSync(@Reference(target = NetworkDeviceStore.UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference AuditService audit, @Reference NetworkAddressService addresses, @Reference SearchIndex searchIndex,
            @Reference(target = NetworkDeviceStore.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.addresses = addresses;
        this.searchIndex = searchIndex;
    }

    /**
     * @param device   the reporting device's asset id and number (the number names audit rows)
     * @param reported the ports of the report, each named once (ignoring case)
     * @param complete whether the report lists every port of the device
     * @return whether any port changed
     */
    public boolean sync(Actor actor, DeviceRef device, List<PortState> reported, boolean complete, Instant seenAt) {
        return unitOfWork.required(() -> {
            Map<String, Long> links = MacLinks.resolve(device.assetId(), addresses.withMacAddresses(
                    reported.stream().map(PortState::connectedMac).filter(Objects::nonNull).toList()));
            List<PendingAudit> changes = unitOfWork.withEntityManager(entityManagers, em -> {
                Map<String, NetworkPortEntity> stored = em.createQuery("select p from NetworkPortEntity p where p.assetId = :device",
                        NetworkPortEntity.class).setParameter("device", device.assetId()).getResultList().stream()
                        .collect(Collectors.toMap(port -> port.state().key(), Function.identity()));
                List<PendingAudit> pending = new ArrayList<>();
                List<String> seen = new ArrayList<>();
                for (PortState port : reported) {
                    Long linked = port.connectedMac() == null ? null : links.get(port.connectedMac());
                    NetworkPortEntity row = stored.remove(port.key());
                    if (row == null) {
                        row = new NetworkPortEntity(device.assetId(), port, linked);
                        row.seen(seenAt);
                        em.persist(row);
                        pending.add(new PendingAudit(AuditAction.CREATED, row, port.portName(), FieldChanges.between(null, port.audited(linked))));
                        continue;
                    }
                    seen.add(row.state().portName());
                    Map<String, FieldChange> changed = FieldChanges.between(row.state().audited(row.linkedAssetId()), port.audited(linked));
                    if (!changed.isEmpty()) {
                        row.apply(port, linked);
                        pending.add(new PendingAudit(AuditAction.UPDATED, row, row.state().portName(), changed));
                    }
                }
                if (complete) {
                    for (NetworkPortEntity missing : stored.values()) {
                        if (!missing.state().isGone()) {
                            PortState before = missing.state();
                            missing.apply(before.gone(), missing.linkedAssetId());
                            pending.add(new PendingAudit(AuditAction.UPDATED, missing, before.portName(),
                                    FieldChanges.between(Map.of("status", before.status()), Map.of("status", PortState.GONE))));
                        }
                    }
                }
                em.flush();
                if (!seen.isEmpty()) {
                    Object at = Times.toColumn(seenAt);
                    em.createQuery("update NetworkPortEntity p set p.lastSeen = :at where p.assetId = :device and p.portName in :names"
                            + " and (p.lastSeen is null or p.lastSeen < :at)").setParameter("at", at).setParameter("device", device.assetId())
                            .setParameter("names", seen).executeUpdate();
                }
                return pending;
            });
            for (PendingAudit change : changes) {
                audit.record(actor, change.action(), AUDIT_ENTITY, String.valueOf(change.row().networkPortId()),
                        device.assetNumber() + " " + change.portName(), change.changes());
            }
            if (changes.stream().anyMatch(change -> change.changes().containsKey("connectedmac"))) {
                searchIndex.reindex(device.assetId());
            }
            return !changes.isEmpty();
        });
    }

    /** An audit row written once the port rows are flushed, so that a new port has its id. */
    private record PendingAudit(AuditAction action, NetworkPortEntity row, String portName, Map<String, FieldChange> changes) {
        PendingAudit {
            changes = new LinkedHashMap<>(changes);
        }
    }
}
