package org.shopdb.plugins.printers.internal;

import java.time.Instant;

import org.shopdb.api.family.FamilyFields;

/**
 * The columns of {@code printers} besides its key and version (the common ones live on the
 * asset, the IP address and hostname on its primary network address). Types, lengths and
 * allowed values are the field schema's (schema/printers.json).
 *
 * @param kind          laser, inkjet, label (label and other thermal printers), multifunction or plotter
 * @param printQueue    the print-server queue or share users print to, e.g. {@code \\ps01\HALL2-LBL}
 * @param driver        the driver the queue uses, e.g. {@code ZDesigner ZT410-203dpi ZPL}
 * @param colour        whether it prints in colour
 * @param duplex        whether it prints both sides
 * @param pageCount     the device's page counter as last reported (read-only: collectors move it)
 * @param printerStatus idle, printing, warning, error or offline as last reported (read-only), see {@link PrinterStatus}
 * @param statusMessage the device's own words with the status, e.g. {@code 13.A2.D3 Paper jam in tray 2} (read-only)
 * @param statusSince   when the reported status last changed (read-only)
 * @param reportedAt    when a collector last reported the printer (read-only)
 */
public record PrinterFields(String kind, String vendor, String model, String printQueue, String driver, boolean colour, boolean duplex,
        Long pageCount, String printerStatus, String statusMessage, Instant statusSince, Instant reportedAt) implements FamilyFields {
}
