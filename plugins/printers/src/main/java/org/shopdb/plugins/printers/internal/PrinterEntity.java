package org.shopdb.plugins.printers.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.shopdb.api.family.FamilyRow;
import org.shopdb.api.family.Times;

/**
 * A row of {@code printers}: the printer-specific part of an asset, keyed by its {@code assetid}.
 * The reported columns (page count, status, report time) are never written through this entity:
 * only {@link org.shopdb.plugins.printers.internal.report.PrinterReports} moves them, so an
 * operator's edit can neither overwrite a report nor be made stale by one.
 */
@Entity
@Table(name = PrinterFamily.TABLE)
public class PrinterEntity implements FamilyRow<PrinterFields> {

    @Id
    @Column(name = "assetid")
    private Long assetId;

    @Column(name = "kind")
    private String kind;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "model")
    private String model;

    @Column(name = "printqueue")
    private String printQueue;

    @Column(name = "driver")
    private String driver;

    @Column(name = "colour", nullable = false)
    private boolean colour;

    @Column(name = "duplex", nullable = false)
    private boolean duplex;

    @Column(name = "pagecount", insertable = false, updatable = false)
    private Long pageCount;

    @Column(name = "printerstatus", insertable = false, updatable = false)
    private String printerStatus;

    @Column(name = "statusmessage", insertable = false, updatable = false)
    private String statusMessage;

    @Column(name = "statussince", insertable = false, updatable = false)
    private LocalDateTime statusSince;

    @Column(name = "reportedat", insertable = false, updatable = false)
    private LocalDateTime reportedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PrinterEntity() {
    }

    public PrinterEntity(long assetId, PrinterFields fields) {
        this.assetId = assetId;
        apply(fields);
    }

    /** Takes the editable values; the reported ones are the collector's (see the class comment). */
    @Override
    public final void apply(PrinterFields fields) {
        kind = fields.kind();
        vendor = fields.vendor();
        model = fields.model();
        printQueue = fields.printQueue();
        driver = fields.driver();
        colour = fields.colour();
        duplex = fields.duplex();
    }

    @Override
    public PrinterFields fields() {
        return new PrinterFields(kind, vendor, model, printQueue, driver, colour, duplex, pageCount, printerStatus, statusMessage,
                Times.fromColumn(statusSince), Times.fromColumn(reportedAt));
    }

    @Override
    public long assetId() {
        return assetId;
    }

    @Override
    public long version() {
        return version;
    }
}
