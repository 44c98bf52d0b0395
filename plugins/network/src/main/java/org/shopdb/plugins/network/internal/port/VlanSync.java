package org.shopdb.plugins.network.internal.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.network.internal.NetworkDeviceStore;

/**
 * Makes a device's stored VLANs the reported set, in the caller's transaction: VLANs added,
 * renamed or no longer carried, each audited as {@value #AUDIT_ENTITY}. The same set again
 * writes nothing.
 */
@Component(service = VlanSync.class)
public class VlanSync {

    static final String AUDIT_ENTITY = "networkvlan";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;

    @Activate
    public VlanSync(@Reference(target = NetworkDeviceStore.UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference AuditService audit, @Reference(target = NetworkDeviceStore.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    /**
     * @param reported the device's VLANs, each id once
     * @return whether anything changed
     */
    public boolean sync(Actor actor, DeviceRef device, List<Vlan> reported) {
        return unitOfWork.required(() -> {
            List<Change> changes = unitOfWork.withEntityManager(entityManagers, em -> {
                Map<Integer, NetworkVlanEntity> stored = em.createQuery("select v from NetworkVlanEntity v where v.assetId = :device",
                        NetworkVlanEntity.class).setParameter("device", device.assetId()).getResultList().stream()
                        .collect(Collectors.toMap(row -> row.vlan().vlanId(), Function.identity()));
                List<Change> pending = new ArrayList<>();
                for (Vlan vlan : reported) {
                    NetworkVlanEntity row = stored.remove(vlan.vlanId());
                    if (row == null) {
                        row = new NetworkVlanEntity(device.assetId(), vlan);
                        em.persist(row);
                        pending.add(new Change(AuditAction.CREATED, row, vlan, FieldChanges.between(null, values(vlan))));
                    } else if (!Objects.equals(row.vlan().name(), vlan.name())) {
                        Map<String, FieldChange> renamed = FieldChanges.between(values(row.vlan()), values(vlan));
                        row.rename(vlan.name());
                        pending.add(new Change(AuditAction.UPDATED, row, vlan, renamed));
                    }
                }
                for (NetworkVlanEntity dropped : stored.values()) {
                    pending.add(new Change(AuditAction.DELETED, dropped, dropped.vlan(), FieldChanges.between(values(dropped.vlan()), null)));
                    em.remove(dropped);
                }
                em.flush();
                return pending;
            });
            for (Change change : changes) {
                audit.record(actor, change.action(), AUDIT_ENTITY, String.valueOf(change.row().networkVlanId()),
                        device.assetNumber() + " VLAN " + change.vlan().vlanId(), change.changes());
            }
            return !changes.isEmpty();
        });
    }

    private static Map<String, Object> values(Vlan vlan) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("vlanid", vlan.vlanId());
        values.put("name", vlan.name());
        return values;
    }

    private record Change(AuditAction action, NetworkVlanEntity row, Vlan vlan, Map<String, FieldChange> changes) {
    }
}
