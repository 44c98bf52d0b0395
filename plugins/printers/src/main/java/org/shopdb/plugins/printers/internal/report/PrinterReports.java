package org.shopdb.plugins.printers.internal.report;

import java.time.Instant;
import java.util.Objects;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.shopdb.api.asset.Asset;
import org.shopdb.api.asset.AssetService;
import org.shopdb.api.audit.Actor;
import org.shopdb.api.audit.AuditAction;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.error.NotFoundException;
import org.shopdb.api.family.Times;
import org.shopdb.api.schema.SchemaReady;
import org.shopdb.api.tx.UnitOfWork;
import org.shopdb.plugins.printers.internal.PrinterEntity;
import org.shopdb.plugins.printers.internal.PrinterFamily;
import org.shopdb.plugins.printers.internal.PrinterFields;
import org.shopdb.plugins.printers.internal.PrinterStore;
import org.shopdb.plugins.printers.internal.supplies.PrinterSupplies;

/**
 * Stores a {@link PrinterReport}: the printer's status, message, page count and report time,
 * and its supplies. None of it is an operator's to edit, so none of it grows the printer's
 * version: a poller never makes an open edit stale. What the audit trail shows of it is
 * {@link StatusChange#worthAuditing()} and {@link PrinterSupplies}' rule; the page counter and
 * the report times are never audited.
 */
@Component(service = PrinterReports.class)
public class PrinterReports {

    private final EntityManagerFactory entityManagers;
    private final UnitOfWork unitOfWork;
    private final AssetService assets;
    private final AuditService audit;
    private final PrinterSupplies supplies;

    @Activate
    public PrinterReports(@Reference(target = PrinterStore.UNIT) EntityManagerFactory entityManagers, @Reference UnitOfWork unitOfWork,
            @Reference AssetService assets, @Reference AuditService audit, @Reference PrinterSupplies supplies,
            @Reference(target = PrinterStore.SCHEMA_READY) SchemaReady schema) {
        this.entityManagers = entityManagers;
        this.unitOfWork = unitOfWork;
        this.assets = assets;
        this.audit = audit;
        this.supplies = supplies;
    }

    /**
     * Applies the report to the printer, unless the printer already has a newer one (a report
     * that arrives late is out of date: it changes nothing).
     *
     * @return whether anything but the report time changed
     */
    public boolean apply(Actor actor, long assetId, PrinterReport report) {
        return unitOfWork.required(() -> {
            PrinterFields current = unitOfWork.withEntityManager(entityManagers, em -> {
                PrinterEntity row = em.find(PrinterEntity.class, assetId);
                return row == null ? null : row.fields();
            });
            if (current == null) {
                throw new NotFoundException(PrinterFamily.ENTITY, assetId);
            }
            if (current.reportedAt() != null && report.reportedAt().isBefore(current.reportedAt())) {
                return false;
            }
            StatusChange status = report.hasStatus()
                    ? new StatusChange(current.printerStatus(), current.statusMessage(), report.status().code(), report.message())
                    : new StatusChange(current.printerStatus(), current.statusMessage(), current.printerStatus(), current.statusMessage());
            Instant since = status.statusChanged() ? report.reportedAt() : current.statusSince();
            Long pageCount = report.pageCount() == null ? current.pageCount() : report.pageCount();
            store(assetId, status, since, pageCount, report.reportedAt());
            Asset asset = status.worthAuditing() || report.supplies() != null ? assets.require(assetId) : null;
            if (status.worthAuditing()) {
                audit.record(actor, AuditAction.UPDATED, PrinterFamily.ENTITY, String.valueOf(assetId), asset.name(), status.changes());
            }
            boolean suppliesChanged = report.supplies() != null
                    && supplies.replace(actor, assetId, asset.assetNumber(), report.supplies(), report.reportedAt());
            return status.isChange() || !Objects.equals(pageCount, current.pageCount()) || suppliesChanged;
        });
    }

    /** Straight to the columns: the entity maps them read-only, and its version must not grow. */
    private void store(long assetId, StatusChange status, Instant since, Long pageCount, Instant reportedAt) {
        unitOfWork.withEntityManager(entityManagers, em -> {
            Query update = em.createNativeQuery("update " + PrinterFamily.TABLE
                    + " set printerstatus = ?, statusmessage = ?, statussince = ?, pagecount = ?, reportedat = ? where assetid = ?");
            Object[] values = {status.statusAfter(), status.messageAfter(), Times.toColumn(since), pageCount, Times.toColumn(reportedAt), assetId};
            for (int i = 0; i < values.length; i++) {
                update.setParameter(i + 1, values[i]);
            }
            return update.executeUpdate();
        });
    }
}
