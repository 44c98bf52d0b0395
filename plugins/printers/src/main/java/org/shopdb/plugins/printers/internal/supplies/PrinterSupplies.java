package org.shopdb.plugins.printers.internal.supplies;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.audit.FieldChange;
import org.shopdb.api.audit.FieldChanges;
import org.shopdb.api.family.Times;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.printers.internal.PrinterStore;

/**
 * The supplies of the printers ({@code printersupplies}), as status collectors last reported
 * them. Writes join the caller's {@link UnitOfWork}; each added, changed or removed supply is
 * audited as {@value #ENTITY} (id: the supply's, name: the printer's asset number), except a
 * level that only went down (see {@link SupplyChanges.Updated#worthAuditing()}).
 */
@Component(service = PrinterSupplies.class)
public class PrinterSupplies {

    /** Entity type of the supplies' audit rows. */
    public static final String ENTITY = "printersupply";

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AuditService audit;

    @Activate
    public PrinterSupplies(@Reference(target = PrinterStore.UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference AuditService audit, @Reference(target = PrinterStore.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    /** The printer's supplies as {@code GET /api/printers/{id}/supplies} shows them, in the order they were first reported. */
    public List<Map<String, Object>> of(long assetId) {
        return unitOfWork.withEntityManager(entityManagers, em -> stored(em, assetId).stream().map(PrinterSupplyEntity::toJson).toList());
    }

    /**
     * Makes {@code reported} the printer's supplies: new ones added, matching ones updated, the
     * rest removed; every one's {@code reportedat} moves to {@code at} (unaudited).
     *
     * @param assetNumber names the printer in the audit rows
     * @return whether anything but the report time changed
     * @throws org.shopdb.api.error.ValidationException naming {@code supplies[i]} when two reported supplies are one
     */
    public boolean replace(Actor actor, long assetId, String assetNumber, List<Supply> reported, Instant at) {
        return unitOfWork.withEntityManager(entityManagers, em -> {
            List<SupplyChanges.Stored<PrinterSupplyEntity>> stored = stored(em, assetId).stream()
                    .map(row -> new SupplyChanges.Stored<>(row, row.supply())).toList();
            SupplyChanges<PrinterSupplyEntity> changes = SupplyChanges.between(stored, reported, "supplies");
            for (SupplyChanges.Stored<PrinterSupplyEntity> gone : changes.removed()) {
                em.remove(gone.row());
                record(actor, AuditAction.DELETED, gone.row(), assetNumber, FieldChanges.between(gone.supply().byName(), null));
            }
            for (SupplyChanges.Updated<PrinterSupplyEntity> change : changes.updated()) {
                change.row().apply(change.after());
                if (change.worthAuditing()) {
                    record(actor, AuditAction.UPDATED, change.row(), assetNumber, change.changes());
                }
            }
            for (Supply supply : changes.added()) {
                PrinterSupplyEntity row = new PrinterSupplyEntity(assetId, supply, at);
                em.persist(row);
                em.flush();
                record(actor, AuditAction.CREATED, row, assetNumber, FieldChanges.between(null, supply.byName()));
            }
            em.flush();
            em.createQuery("update PrinterSupplyEntity s set s.reportedAt = :at where s.assetId = :asset and s.reportedAt < :at")
                    .setParameter("at", Times.toColumn(at)).setParameter("asset", assetId).executeUpdate();
            return !changes.isEmpty();
        });
    }

    /**
     * Supplies of active printers whose level is below {@code percent}, lowest first (then by
     * printer), at most {@code max}: one query, joined to the printers' assets for their number and name.
     */
    public List<LowSupply> below(int percent, int max) {
        return unitOfWork.withEntityManager(entityManagers, em -> em.createNativeQuery(
                "select a.assetid, a.assetnumber, a.name, s.supplykind, s.colour, s.description, s.levelpercent"
                        + " from " + PrinterSupplyEntity.TABLE + " s join assets a on a.assetid = s.assetid"
                        + " where s.levelpercent < ? and a.isactive = ? order by s.levelpercent, a.assetnumber, s.supplyid")
                .setParameter(1, percent).setParameter(2, true).setMaxResults(max).getResultList().stream()
                .map(row -> LowSupply.of((Object[]) row)).toList());
    }

    /** A supply running out, with its printer. */
    public record LowSupply(long assetId, String assetNumber, String name, Supply supply) {

        static LowSupply of(Object[] columns) {
            Supply supply = new Supply((String) columns[3], (String) columns[4], (String) columns[5], ((Number) columns[6]).intValue(), null, null);
            return new LowSupply(((Number) columns[0]).longValue(), (String) columns[1], (String) columns[2], supply);
        }
    }

    private static List<PrinterSupplyEntity> stored(EntityManager em, long assetId) {
        return em.createQuery("select s from PrinterSupplyEntity s where s.assetId = :asset order by s.supplyId", PrinterSupplyEntity.class)
                .setParameter("asset", assetId).getResultList();
    }

    private void record(Actor actor, AuditAction action, PrinterSupplyEntity row, String assetNumber,
            Map<String, FieldChange> changes) {
        audit.record(actor, action, ENTITY, String.valueOf(row.supplyId()), assetNumber, changes);
    }
}
